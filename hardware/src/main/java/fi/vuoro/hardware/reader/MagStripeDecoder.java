package fi.vuoro.hardware.reader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Magnetic stripe tracks as ASCII: track 1 {@code %B<PAN>^<NAME>^<YYMM>...?}, track 2 {@code ;<PAN>=<YYMM>...?},
 * optionally wrapped in STX / CR / ETX. {@code %E?} and {@code ;E?} are the reader's own "bad swipe" frames.
 *
 * <p>One swipe usually sends both tracks; the second is the same PAN and is debounced. Only the PAN is kept: the
 * name and the discretionary data are dropped here, and nothing of a track is ever logged.
 */
public final class MagStripeDecoder extends ByteFrameDecoder {

    /** ISO 7811: track 1 holds at most 79 characters including sentinels, track 2 at most 40. */
    private static final int TRACK1_MAX = 79;

    private static final int TRACK2_MAX = 40;
    private static final Pattern TRACK1 = Pattern.compile("B(\\d{1,19})\\^[^^]{0,26}\\^\\d{4}.*");
    private static final Pattern TRACK2 = Pattern.compile("(\\d{1,19})=\\d{4}.*");

    private enum State {
        HUNT,
        TRACK1,
        TRACK2
    }

    private final byte[] data = new byte[TRACK1_MAX];
    private State state = State.HUNT;
    private int length;

    private MagStripeDecoder(Duration gap, Duration debounce, ReaderCounters counters) {
        super(gap, debounce, counters);
    }

    public static MagStripeDecoder create() {
        return create(DEFAULT_DEBOUNCE);
    }

    public static MagStripeDecoder create(Duration debounce) {
        return new MagStripeDecoder(DEFAULT_GAP, debounce, new ReaderCounters());
    }

    @Override
    public ReaderKind kind() {
        return ReaderKind.MAGSTRIPE;
    }

    @Override
    public int pendingBytes() {
        return state == State.HUNT ? 0 : 1 + length;
    }

    @Override
    boolean inFrame() {
        return state != State.HUNT;
    }

    @Override
    void reset() {
        state = State.HUNT;
        length = 0;
    }

    @Override
    void step(int b, long nanoTime) {
        if (state == State.HUNT) {
            if (b == '%') {
                state = State.TRACK1;
            } else if (b == ';') {
                state = State.TRACK2;
            } else if (b != STX && b != ETX && b != CR && b != LF) {
                counters.recordSkipped(1);
            }
            return;
        }
        if (b == '?') {
            complete(nanoTime);
            return;
        }
        if (b == '%' || b == ';') {
            // A start sentinel inside a track: the previous track lost its end. Restart on this one.
            reject(RejectReason.TRUNCATED);
            step(b, nanoTime);
            return;
        }
        if (!allowed(b)) {
            reject(RejectReason.BAD_CHAR);
            return;
        }
        if (length == (state == State.TRACK1 ? TRACK1_MAX : TRACK2_MAX)) {
            reject(RejectReason.TOO_LONG);
            return;
        }
        data[length++] = (byte) b;
    }

    private boolean allowed(int b) {
        if (state == State.TRACK1) return b >= 0x20 && b <= 0x5F; // the 6-bit track 1 alphabet
        return (b >= 0x30 && b <= 0x3F) || (b == 'E' && length == 0); // 4-bit track 2 alphabet, or an error frame
    }

    private void complete(long nanoTime) {
        var text = new String(data, 0, length, StandardCharsets.US_ASCII);
        var track = state;
        reset();
        if (text.equals("E")) {
            counters.recordRejected(RejectReason.READ_ERROR);
            return;
        }
        var matcher = (track == State.TRACK1 ? TRACK1 : TRACK2).matcher(text);
        if (!matcher.matches()) {
            counters.recordRejected(RejectReason.BAD_FORMAT);
            return;
        }
        emitCard(matcher.group(1), nanoTime);
    }
}
