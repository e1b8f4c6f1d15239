package fi.vuoro.hardware.reader;

/** What a {@link FrameDecoder} produced from the byte stream; stays inside the reader layer. */
public sealed interface DecodedFrame {

    /**
     * A card number in clear. {@link CardReader} turns it into a {@link CardRead} at once; {@link #toString()} masks
     * it so it cannot leak through a log line.
     */
    record DecodedCard(ReaderKind kind, String clearNumber) implements DecodedFrame {
        @Override
        public String toString() {
            return "DecodedCard[" + kind + ", " + CardRead.mask(clearNumber) + "]";
        }
    }

    /** A scanned code (appointment QR, barcode); not secret. */
    record DecodedScan(String payload) implements DecodedFrame {}
}
