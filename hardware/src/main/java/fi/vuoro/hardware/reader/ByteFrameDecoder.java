package fi.vuoro.hardware.reader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The parts every decoder shares: gap reset, debounce, counting. Subclasses implement the per-byte machine. */
abstract sealed class ByteFrameDecoder implements FrameDecoder permits Em4100Decoder, MagStripeDecoder, ScannerDecoder {

    /** Inter-byte gap after which a half-received frame is stale; readers send a frame in a few ms. */
    public static final Duration DEFAULT_GAP = Duration.ofMillis(100);
    /** RDM6300 repeats every ~50 ms while a tag is held; 1.5 s after the last sighting counts as a new tap. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(1500);

    static final int STX = 0x02;
    static final int ETX = 0x03;
    static final int LF = 0x0A;
    static final int CR = 0x0D;

    protected final ReaderCounters counters;
    private final long gapNanos;
    private final Debouncer debouncer;
    private long lastByteNanos;
    private List<DecodedFrame> out;

    ByteFrameDecoder(Duration gap, Duration debounce, ReaderCounters counters) {
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(debounce, "debounce");
        if (gap.isNegative() || gap.isZero()) throw new IllegalArgumentException("gap must be positive");
        this.gapNanos = gap.toNanos();
        this.debouncer = new Debouncer(debounce.toNanos());
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public final List<DecodedFrame> feed(byte[] chunk, long nanoTime) {
        out = new ArrayList<>(1);
        try {
            expireIfSilent(nanoTime);
            for (byte b : chunk) step(b & 0xFF, nanoTime);
            lastByteNanos = nanoTime;
            return out;
        } finally {
            out = null;
        }
    }

    @Override
    public final List<DecodedFrame> poll(long nanoTime) {
        out = new ArrayList<>(1);
        try {
            expireIfSilent(nanoTime);
            return out;
        } finally {
            out = null;
        }
    }

    @Override
    public final ReaderCounters counters() {
        return counters;
    }

    private void expireIfSilent(long nanoTime) {
        if (inFrame() && nanoTime - lastByteNanos > gapNanos) {
            onSilence(nanoTime);
        }
    }

    /** Handles one byte (0..255); may call {@link #emitCard}, {@link #emitScan} or {@link #reject}. */
    abstract void step(int b, long nanoTime);

    /** True while bytes of an unfinished frame are held (or being discarded). */
    abstract boolean inFrame();

    /** Forgets any partial frame. */
    abstract void reset();

    /** The line went quiet mid-frame; by default the frame is stale and dropped. */
    void onSilence(long nanoTime) {
        reject(RejectReason.GAP_TIMEOUT);
    }

    final void reject(RejectReason reason) {
        counters.recordRejected(reason);
        reset();
    }

    final void emitCard(String clearNumber, long nanoTime) {
        if (debouncer.isRepeat(clearNumber, nanoTime)) {
            counters.recordDebounced();
            return;
        }
        counters.recordAccepted();
        out.add(new DecodedFrame.DecodedCard(kind(), clearNumber));
    }

    final void emitScan(String payload, long nanoTime) {
        if (debouncer.isRepeat(payload, nanoTime)) {
            counters.recordDebounced();
            return;
        }
        counters.recordAccepted();
        out.add(new DecodedFrame.DecodedScan(payload));
    }

    static boolean isHex(int b) {
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f');
    }

    static int hexValue(int b) {
        return Character.digit(b, 16);
    }
}
