package fi.vuoro.server.admin;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.vuoro.server.enrolment.DeviceConfig;
import java.util.List;

/** The serial devices of one kiosk: printer, card reader, scanner. An empty port means "not configured". */
final class KioskConfigForm extends FormLayout {

    static final List<Integer> BAUDS = List.of(9600, 19200, 38400, 57600, 115200, 4800, 2400, 1200);

    private final TextField printerPort = new TextField();
    private final Select<Integer> printerBaud = new Select<>();
    private final Select<Integer> paperWidth = new Select<>();
    private final Select<String> codePage = new Select<>();
    private final Select<String> readerType = new Select<>();
    private final TextField readerPort = new TextField();
    private final Select<Integer> readerBaud = new Select<>();
    private final Select<String> scannerType = new Select<>();
    private final TextField scannerPort = new TextField();
    private final Select<Integer> scannerBaud = new Select<>();
    private final FieldMessages messages = new FieldMessages(this);

    KioskConfigForm() {
        addClassName("kiosk-config");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 4));
    }

    /** Labels are set on load, when the UI's language is known. */
    void load(DeviceConfig config) {
        removeAll();
        printerPort.setLabel(getTranslation("devices.printerPort"));
        printerPort.setPlaceholder("/dev/ttyUSB0");
        printerPort.addClassName("printer-port");
        baud(printerBaud, "devices.printerBaud");
        paperWidth.setLabel(getTranslation("devices.paperWidth"));
        paperWidth.setItems(80, 58);
        paperWidth.setItemLabelGenerator(mm -> mm + " mm");
        codePage.setLabel(getTranslation("devices.codePage"));
        codePage.setItems("PC858", "PC437", "PC850", "PC865", "WPC1252");
        readerType.setLabel(getTranslation("devices.readerType"));
        readerType.setItems("", "RDM6300", "ID12", "MAGSTRIPE");
        readerType.setItemLabelGenerator(t -> t.isEmpty() ? getTranslation("devices.none") : t);
        readerPort.setLabel(getTranslation("devices.readerPort"));
        readerPort.setPlaceholder("/dev/ttyUSB1");
        baud(readerBaud, "devices.readerBaud");
        scannerType.setLabel(getTranslation("devices.scannerType"));
        scannerType.setItems("", "SCANNER");
        scannerType.setItemLabelGenerator(
                t -> t.isEmpty() ? getTranslation("devices.none") : getTranslation("devices.scanner"));
        scannerPort.setLabel(getTranslation("devices.scannerPort"));
        scannerPort.setPlaceholder("/dev/ttyACM0");
        baud(scannerBaud, "devices.scannerBaud");
        messages.bind("printer.port", printerPort)
                .bind("printer.baud", printerBaud)
                .bind("printer.paperWidthMm", paperWidth)
                .bind("printer.codePage", codePage)
                .bind("cardReader.type", readerType)
                .bind("cardReader.port", readerPort)
                .bind("cardReader.baud", readerBaud)
                .bind("scanner.type", scannerType)
                .bind("scanner.port", scannerPort)
                .bind("scanner.baud", scannerBaud);
        add(
                printerPort,
                printerBaud,
                paperWidth,
                codePage,
                readerType,
                readerPort,
                readerBaud,
                new Span(),
                scannerType,
                scannerPort,
                scannerBaud);
        messages.clear();

        var p = config.printer();
        printerPort.setValue(p == null ? "" : p.port());
        printerBaud.setValue(p == null ? 115_200 : p.baud());
        paperWidth.setValue(p == null ? 80 : p.paperWidthMm());
        codePage.setValue(p == null ? "PC858" : p.codePage());
        var r = config.cardReader();
        readerType.setValue(r == null ? "" : r.type());
        readerPort.setValue(r == null ? "" : r.port());
        readerBaud.setValue(r == null ? 9600 : r.baud());
        var s = config.scanner();
        scannerType.setValue(s == null ? "" : s.type());
        scannerPort.setValue(s == null ? "" : s.port());
        scannerBaud.setValue(s == null ? 9600 : s.baud());
    }

    DeviceConfig read() {
        var printer = printerPort.getValue().isBlank()
                ? null
                : new DeviceConfig.Printer(
                        printerPort.getValue().strip(),
                        printerBaud.getValue(),
                        paperWidth.getValue(),
                        codePage.getValue());
        var reader = readerType.getValue() == null || readerType.getValue().isEmpty()
                ? null
                : new DeviceConfig.Reader(
                        readerType.getValue(), readerPort.getValue().strip(), readerBaud.getValue());
        var scanner = scannerType.getValue() == null || scannerType.getValue().isEmpty()
                ? null
                : new DeviceConfig.Reader(
                        scannerType.getValue(), scannerPort.getValue().strip(), scannerBaud.getValue());
        return new DeviceConfig(printer, reader, scanner);
    }

    FieldMessages messages() {
        return messages;
    }

    private void baud(Select<Integer> select, String labelKey) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(BAUDS);
    }
}
