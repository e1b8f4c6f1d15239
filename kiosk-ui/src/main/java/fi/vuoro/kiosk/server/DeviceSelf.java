package fi.vuoro.kiosk.server;

/**
 * {@code GET /api/v1/devices/me}: who this kiosk is and, when an admin configured them, its serial devices
 * ({@code null} = use the local {@code vuoro.kiosk.*} settings).
 */
public record DeviceSelf(
        String deviceId, String type, String siteId, String name, Printer printer, Reader cardReader, Reader scanner) {

    public record Printer(String port, int baud, int paperWidthMm, String codePage) {}

    /** @param type {@code RDM6300}, {@code ID12}, {@code MAGSTRIPE} or {@code SCANNER} */
    public record Reader(String type, String port, int baud) {}
}
