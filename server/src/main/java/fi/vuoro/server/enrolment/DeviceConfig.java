package fi.vuoro.server.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A kiosk's serial devices as the admin set them; a part is {@code null} when not configured (the kiosk then uses
 * its local settings). Field names are the wire names of {@code GET /api/v1/devices/me}.
 */
public record DeviceConfig(Printer printer, Reader cardReader, Reader scanner) {

    public static final DeviceConfig NONE = new DeviceConfig(null, null, null);

    static final Set<Integer> BAUD_RATES = Set.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200);
    static final Set<Integer> PAPER_WIDTHS = Set.of(58, 80);
    static final Set<String> CODE_PAGES = Set.of("PC858", "PC437", "PC850", "PC865", "WPC1252");
    static final Set<String> CARD_READER_TYPES = Set.of("RDM6300", "ID12", "MAGSTRIPE");
    static final Set<String> SCANNER_TYPES = Set.of("SCANNER");

    public record Printer(String port, Integer baud, Integer paperWidthMm, String codePage) {}

    public record Reader(String type, String port, Integer baud) {}

    /** A problem with one field: {@code field} like {@code printer.baud}, {@code messageKey} a translation key. */
    public record Violation(String field, String messageKey) {}

    /** Everything wrong with this configuration; empty when it can be saved. */
    public List<Violation> violations() {
        var found = new ArrayList<Violation>();
        if (printer != null) {
            port("printer.port", printer.port(), found);
            if (printer.baud() == null || !BAUD_RATES.contains(printer.baud())) {
                found.add(new Violation("printer.baud", "device.error.baud"));
            }
            if (printer.paperWidthMm() == null || !PAPER_WIDTHS.contains(printer.paperWidthMm())) {
                found.add(new Violation("printer.paperWidthMm", "device.error.paperWidth"));
            }
            if (printer.codePage() == null || !CODE_PAGES.contains(printer.codePage())) {
                found.add(new Violation("printer.codePage", "device.error.codePage"));
            }
        }
        reader("cardReader", cardReader, CARD_READER_TYPES, found);
        reader("scanner", scanner, SCANNER_TYPES, found);
        return found;
    }

    private static void reader(String name, Reader reader, Set<String> types, List<Violation> found) {
        if (reader == null) {
            return;
        }
        if (reader.type() == null || !types.contains(reader.type())) {
            found.add(new Violation(name + ".type", "device.error.readerType"));
        }
        port(name + ".port", reader.port(), found);
        if (reader.baud() == null || !BAUD_RATES.contains(reader.baud())) {
            found.add(new Violation(name + ".baud", "device.error.baud"));
        }
    }

    /** A serial device path on the kiosk PC: {@code /dev/ttyUSB0}, {@code /dev/serial/by-id/…} or {@code COM3}. */
    private static void port(String field, String port, List<Violation> found) {
        if (port == null
                || port.length() > 200
                || !(port.matches("/dev/[A-Za-z0-9_./:+-]+") && !port.contains(".."))
                        && !port.matches("COM[0-9]{1,3}")) {
            found.add(new Violation(field, "device.error.port"));
        }
    }
}
