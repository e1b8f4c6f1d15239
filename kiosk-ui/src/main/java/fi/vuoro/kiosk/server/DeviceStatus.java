package fi.vuoro.kiosk.server;

import java.time.Instant;

/**
 * The kiosk's devices as it reports them on {@code /app/kiosk.status}. Printer: {@code OK}, {@code PAPER_NEAR_END},
 * {@code PAPER_OUT}, {@code COVER_OPEN}, {@code OFFLINE}, {@code ERROR}, {@code NONE}; readers: {@code OK},
 * {@code DOWN}, {@code NONE}.
 *
 * @param detail short text for the health board, e.g. "ttyUSB0 down", or null
 */
public record DeviceStatus(String printer, String cardReader, String scanner, String detail, Instant at) {

    public DeviceStatus(String printer, String cardReader, String scanner) {
        this(printer, cardReader, scanner, null, null);
    }

    /** Same device states (detail and time aside): no change worth an immediate report. */
    public boolean sameStates(DeviceStatus other) {
        return other != null
                && printer.equals(other.printer)
                && cardReader.equals(other.cardReader)
                && scanner.equals(other.scanner);
    }
}
