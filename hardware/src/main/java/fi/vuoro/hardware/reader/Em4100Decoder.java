package fi.vuoro.hardware.reader;

import java.time.Duration;

/**
 * EM4100 tags through an RDM6300 ({@code 02, 10 hex data, 2 hex checksum, 03}) or an ID-12/ID-20 (the same with
 * {@code 0D 0A} before {@code 03}). The checksum is the XOR of the five data bytes.
 *
 * <p>The card number is the last four data bytes as a ten-digit decimal, which is what is printed on the card
 * (tag {@code 10 00 86 F4 44} is card {@code 0008844356}), so staff can enrol a card by typing it.
 */
public final class Em4100Decoder extends ByteFrameDecoder {

    private static final int HEX_DIGITS = 12;
    private static final byte[] RDM6300_TRAILER = {ETX};
    private static final byte[] ID12_TRAILER = {CR, LF, ETX};

    private final ReaderKind kind;
    private final byte[] trailer;
    private final byte[] hex = new byte[HEX_DIGITS];
    private boolean inFrame;
    private int hexCount;
    private int trailerCount;

    private Em4100Decoder(ReaderKind kind, Duration gap, Duration debounce, ReaderCounters counters) {
        super(gap, debounce, counters);
        this.kind = kind;
        this.trailer = kind == ReaderKind.ID12 ? ID12_TRAILER : RDM6300_TRAILER;
    }

    public static Em4100Decoder rdm6300() {
        return rdm6300(DEFAULT_DEBOUNCE);
    }

    public static Em4100Decoder rdm6300(Duration debounce) {
        return new Em4100Decoder(ReaderKind.RDM6300, DEFAULT_GAP, debounce, new ReaderCounters());
    }

    public static Em4100Decoder id12() {
        return id12(DEFAULT_DEBOUNCE);
    }

    public static Em4100Decoder id12(Duration debounce) {
        return new Em4100Decoder(ReaderKind.ID12, DEFAULT_GAP, debounce, new ReaderCounters());
    }

    @Override
    public ReaderKind kind() {
        return kind;
    }

    @Override
    public int pendingBytes() {
        return inFrame ? 1 + hexCount + trailerCount : 0;
    }

    @Override
    boolean inFrame() {
        return inFrame;
    }

    @Override
    void reset() {
        inFrame = false;
        hexCount = 0;
        trailerCount = 0;
    }

    @Override
    void step(int b, long nanoTime) {
        if (!inFrame) {
            if (b == STX) {
                inFrame = true;
            } else {
                counters.recordSkipped(1);
            }
            return;
        }
        if (b == STX) {
            // A new frame started before this one ended: the earlier one lost bytes. Resync on the new start.
            reject(RejectReason.TRUNCATED);
            inFrame = true;
            return;
        }
        if (hexCount < HEX_DIGITS) {
            if (isHex(b)) {
                hex[hexCount++] = (byte) b;
            } else {
                reject(b == trailer[0] ? RejectReason.TRUNCATED : RejectReason.BAD_CHAR);
            }
            return;
        }
        if (b == trailer[trailerCount]) {
            if (++trailerCount == trailer.length) complete(nanoTime);
            return;
        }
        reject(trailerCount == 0 && isHex(b) ? RejectReason.TOO_LONG : RejectReason.BAD_CHAR);
    }

    private void complete(long nanoTime) {
        int checksum = 0;
        long number = 0;
        for (int i = 0; i < 5; i++) {
            int value = byteAt(i);
            checksum ^= value;
            if (i > 0) number = (number << 8) | value;
        }
        boolean valid = checksum == byteAt(5);
        reset();
        if (!valid) {
            counters.recordRejected(RejectReason.CHECKSUM);
            return;
        }
        emitCard(String.format("%010d", number), nanoTime);
    }

    private int byteAt(int index) {
        return hexValue(hex[2 * index]) << 4 | hexValue(hex[2 * index + 1]);
    }
}
