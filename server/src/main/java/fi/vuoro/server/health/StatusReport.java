package fi.vuoro.server.health;

import fi.vuoro.server.system.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One {@code /app/kiosk.status} message as it arrives: {@code {"printer":"OK","cardReader":"OK","scanner":"NONE",
 * "detail":"…","at":"…"}}. Unknown fields are ignored; {@link #parse()} refuses unknown states.
 */
public record StatusReport(String printer, String cardReader, String scanner, String detail, String at) {

    static final int MAX_DETAIL = 300;

    /** The report as typed states; a missing component counts as not configured. */
    public Parsed parse() {
        try {
            return new Parsed(
                    printer == null ? PrinterState.NONE : PrinterState.valueOf(printer),
                    cardReader == null ? ReaderState.NONE : ReaderState.valueOf(cardReader),
                    scanner == null ? ReaderState.NONE : ReaderState.valueOf(scanner),
                    detail == null
                            ? null
                            : detail.strip()
                                    .substring(0, Math.min(detail.strip().length(), MAX_DETAIL)),
                    at == null ? null : Instant.parse(at));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException("Unknown device state in status report: " + e.getMessage());
        }
    }

    public record Parsed(
            PrinterState printer, ReaderState cardReader, ReaderState scanner, String detail, Instant reportedAt) {}
}
