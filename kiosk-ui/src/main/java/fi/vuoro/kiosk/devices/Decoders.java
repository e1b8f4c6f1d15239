package fi.vuoro.kiosk.devices;

import fi.vuoro.hardware.reader.Em4100Decoder;
import fi.vuoro.hardware.reader.FrameDecoder;
import fi.vuoro.hardware.reader.MagStripeDecoder;
import fi.vuoro.hardware.reader.ScannerDecoder;
import fi.vuoro.hardware.reader.ScannerFraming;

/** The frame decoder for a configured reader type. */
final class Decoders {

    /**
     * Scanners are configured with prefix STX and suffix ETX: QR payloads may hold CR/LF, which a CR-terminated
     * framing would cut (docs/hardware-serial.md).
     */
    static final ScannerFraming SCANNER_FRAMING = ScannerFraming.stxEtxFramed();

    private Decoders() {}

    static FrameDecoder forType(String type) {
        return switch (type) {
            case "RDM6300" -> Em4100Decoder.rdm6300();
            case "ID12" -> Em4100Decoder.id12();
            case "MAGSTRIPE" -> MagStripeDecoder.create();
            case "SCANNER" -> ScannerDecoder.create(SCANNER_FRAMING);
            default ->
                throw new IllegalArgumentException(
                        "unknown reader type '" + type + "'; use RDM6300, ID12, MAGSTRIPE or SCANNER");
        };
    }
}
