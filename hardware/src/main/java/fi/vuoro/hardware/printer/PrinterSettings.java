package fi.vuoro.hardware.printer;

import java.time.Duration;

/**
 * How the driver talks to one printer.
 *
 * @param automaticStatusBack enable ASB ({@code GS a}) on connect, so paper-out and cover-open arrive at once
 *     rather than at the next poll
 * @param statusTimeout how long to wait for the three DLE EOT replies; silence after this means no response
 * @param pollInterval how often an idle driver asks for status (also notices a printer switched off)
 * @param rejectUnprintable fail a job with ENCODING rather than print {@code ?} for characters PC858 lacks
 * @param storedLogoKey print the logo stored in the printer under this key; null to send layouts' logos
 */
public record PrinterSettings(
        boolean automaticStatusBack,
        Duration statusTimeout,
        Duration pollInterval,
        boolean rejectUnprintable,
        String storedLogoKey) {

    public static PrinterSettings defaults() {
        return new PrinterSettings(true, Duration.ofMillis(500), Duration.ofSeconds(2), true, null);
    }

    public PrinterSettings withPollInterval(Duration interval) {
        return new PrinterSettings(automaticStatusBack, statusTimeout, interval, rejectUnprintable, storedLogoKey);
    }

    public PrinterSettings withAutomaticStatusBack(boolean on) {
        return new PrinterSettings(on, statusTimeout, pollInterval, rejectUnprintable, storedLogoKey);
    }
}
