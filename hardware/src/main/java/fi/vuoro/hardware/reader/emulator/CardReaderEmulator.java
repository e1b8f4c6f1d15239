package fi.vuoro.hardware.reader.emulator;

import fi.vuoro.hardware.reader.ReaderKind;
import fi.vuoro.hardware.reader.ScannerFraming;
import fi.vuoro.hardware.serial.SerialLink;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * Plays a card reader or scanner on the device end of a link (a {@link fi.vuoro.hardware.serial.SocatPtyPair} or
 * an {@link fi.vuoro.hardware.serial.InMemorySerialLink}). The link must be open.
 */
public final class CardReaderEmulator {

    /** How often an RDM6300 repeats a held tag. */
    public static final Duration REPEAT_INTERVAL = Duration.ofMillis(50);

    private static final String EMULATED_NAME = "EMULATED/CARD";
    private static final String EMULATED_EXPIRY = "3012";

    private final SerialLink link;
    private final ReaderKind kind;
    private final ScannerFraming scannerFraming;

    public CardReaderEmulator(SerialLink link, ReaderKind kind) {
        this(link, kind, ScannerFraming.terminatedBy(ScannerFraming.Terminator.CR));
    }

    public CardReaderEmulator(SerialLink link, ReaderKind kind, ScannerFraming scannerFraming) {
        this.link = Objects.requireNonNull(link, "link");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.scannerFraming = Objects.requireNonNull(scannerFraming, "scannerFraming");
    }

    /** One read of the card: a tag held briefly, or one swipe. */
    public void tap(String cardNumber) throws IOException {
        link.write(cardFrame(cardNumber));
    }

    /** A tag held on the reader: {@code repeats} frames {@link #REPEAT_INTERVAL} apart, as an RDM6300 does. */
    public void tapAndHold(String cardNumber, int repeats) throws IOException, InterruptedException {
        var frame = cardFrame(cardNumber);
        for (int i = 0; i < repeats; i++) {
            if (i > 0) Thread.sleep(REPEAT_INTERVAL.toMillis());
            link.write(frame);
        }
    }

    /** A frame the decoder must reject: bad checksum, a stripe read error, or a code with a control byte. */
    public void sendInvalid() throws IOException {
        link.write(
                switch (kind) {
                    case RDM6300, ID12 -> Em4100Frames.badChecksum(kind, "0008844356");
                    case MAGSTRIPE -> MagStripeFrames.readError();
                    case SCANNER -> ScannerFrames.badChar(scannerFraming);
                });
    }

    /** Raw bytes, e.g. {@link LineNoise}. */
    public void sendRaw(byte[] bytes) throws IOException {
        link.write(bytes);
    }

    public void scan(String payload) throws IOException {
        if (kind != ReaderKind.SCANNER) throw new IllegalStateException("a " + kind + " reader cannot scan codes");
        link.write(ScannerFrames.frame(payload, scannerFraming));
    }

    private byte[] cardFrame(String cardNumber) {
        return switch (kind) {
            case RDM6300, ID12 -> Em4100Frames.valid(kind, cardNumber);
            case MAGSTRIPE -> MagStripeFrames.swipe(cardNumber, EMULATED_NAME, EMULATED_EXPIRY);
            case SCANNER -> throw new IllegalStateException("a scanner reads codes, not cards: use scan()");
        };
    }
}
