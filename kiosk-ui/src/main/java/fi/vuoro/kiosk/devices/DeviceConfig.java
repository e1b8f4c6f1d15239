package fi.vuoro.kiosk.devices;

import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.server.DeviceSelf;
import java.util.Locale;
import java.util.Optional;

/**
 * Which serial devices to open, with what settings; {@code null} parts are not configured. The server's answer to
 * {@code GET /api/v1/devices/me} wins device by device; what it leaves {@code null} comes from the local
 * properties.
 */
public record DeviceConfig(PrinterPort printer, ReaderPort cardReader, ReaderPort scanner) {

    public record PrinterPort(String port, int baud, int paperWidthMm, String codePage) {}

    /** @param type {@code RDM6300}, {@code ID12}, {@code MAGSTRIPE} or {@code SCANNER} */
    public record ReaderPort(String type, String port, int baud) {}

    public static DeviceConfig none() {
        return new DeviceConfig(null, null, null);
    }

    /** What {@code vuoro.kiosk.printer/reader/scanner.*} configure. */
    public static DeviceConfig local(KioskProperties local) {
        return new DeviceConfig(
                printer(
                        local.printer().port(),
                        local.printer().baud(),
                        local.printer().paperWidthMm(),
                        local.printer().codePage()),
                reader(
                        local.reader().type(),
                        local.reader().port(),
                        local.reader().baud()),
                reader(
                        local.scanner().type(),
                        local.scanner().port(),
                        local.scanner().baud()));
    }

    /** The server's settings, device by device, over the local ones. */
    public static DeviceConfig resolve(Optional<DeviceSelf> fromServer, DeviceConfig local) {
        var self = fromServer.orElse(null);
        if (self == null) return local;
        return new DeviceConfig(
                self.printer() != null
                        ? printer(
                                self.printer().port(),
                                self.printer().baud(),
                                self.printer().paperWidthMm(),
                                self.printer().codePage())
                        : local.printer(),
                self.cardReader() != null
                        ? reader(
                                self.cardReader().type(),
                                self.cardReader().port(),
                                self.cardReader().baud())
                        : local.cardReader(),
                self.scanner() != null
                        ? reader(
                                self.scanner().type(),
                                self.scanner().port(),
                                self.scanner().baud())
                        : local.scanner());
    }

    /** Local settings overridden by devices this process runs itself (the demo's emulators). */
    public DeviceConfig orElse(DeviceConfig fallback) {
        return new DeviceConfig(
                printer != null ? printer : fallback.printer,
                cardReader != null ? cardReader : fallback.cardReader,
                scanner != null ? scanner : fallback.scanner);
    }

    private static PrinterPort printer(String port, int baud, int width, String codePage) {
        if (port == null || port.isBlank()) return null;
        return new PrinterPort(port.trim(), baud > 0 ? baud : 115_200, width == 58 ? 58 : 80, codePage);
    }

    private static ReaderPort reader(String type, String port, int baud) {
        if (type == null || port == null || port.isBlank()) return null;
        var normalised = type.trim().toUpperCase(Locale.ROOT);
        if (normalised.isEmpty() || normalised.equals("NONE")) return null;
        return new ReaderPort(normalised, port.trim(), baud > 0 ? baud : 9600);
    }
}
