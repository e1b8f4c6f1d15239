package fi.vuoro.server.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A device as the health board sees it: its latest report (all {@code null} states when it never reported) and
 * when the server last heard from it.
 *
 * @param kind {@code KIOSK} or {@code DISPLAY}
 * @param receivedAt when the latest status report arrived, or {@code null}
 */
public record DeviceState(
        String deviceId,
        String siteId,
        String name,
        String kind,
        boolean revoked,
        PrinterState printer,
        ReaderState cardReader,
        ReaderState scanner,
        String detail,
        Instant receivedAt) {

    /** Kiosks report every 30 s; three missed reports mean it is gone (or its connection is). */
    public static final Duration SILENT_AFTER = Duration.ofSeconds(90);

    public boolean reported() {
        return receivedAt != null;
    }

    public boolean silentAt(Instant now) {
        return receivedAt == null || receivedAt.plus(SILENT_AFTER).isBefore(now);
    }

    /** Components in trouble right now, e.g. {@code PRINTER=PAPER_OUT}. */
    public List<Trouble> troubles() {
        var troubles = new ArrayList<Trouble>();
        if (printer != null && printer.isTrouble()) troubles.add(new Trouble(DeviceComponent.PRINTER, printer.name()));
        if (cardReader != null && cardReader.isTrouble())
            troubles.add(new Trouble(DeviceComponent.CARD_READER, cardReader.name()));
        if (scanner != null && scanner.isTrouble()) troubles.add(new Trouble(DeviceComponent.SCANNER, scanner.name()));
        return troubles;
    }

    /** Paper running low: worth a look, not an alert. */
    public boolean warning() {
        return printer == PrinterState.PAPER_NEAR_END;
    }

    public record Trouble(DeviceComponent component, String state) {}
}
