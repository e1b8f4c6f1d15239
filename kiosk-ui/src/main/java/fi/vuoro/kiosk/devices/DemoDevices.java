package fi.vuoro.kiosk.devices;

import fi.vuoro.hardware.emulator.DeviceState;
import fi.vuoro.hardware.emulator.EmulatedTicket;
import fi.vuoro.hardware.emulator.PrinterEmulator;
import fi.vuoro.hardware.reader.ReaderKind;
import fi.vuoro.hardware.reader.emulator.CardReaderEmulator;
import fi.vuoro.hardware.serial.JsscSerialLink;
import fi.vuoro.hardware.serial.LinkState;
import fi.vuoro.hardware.serial.SerialLink;
import fi.vuoro.hardware.serial.SerialSettings;
import fi.vuoro.hardware.serial.SocatPtyPair;
import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.kiosk.devices.DeviceConfig.PrinterPort;
import fi.vuoro.kiosk.devices.DeviceConfig.ReaderPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's hardware: three socat pty pairs with the hardware module's printer emulator (115,200 baud) and two
 * card-reader emulators (an RDM6300 card reader and a QR scanner, 9,600 baud) on their device ends. The kiosk
 * opens the host ends with jssc exactly as it would real devices. Every ticket the emulator cuts is saved as PNG.
 */
public final class DemoDevices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoDevices.class);
    public static final int PRINTER_BAUD = 115_200;
    public static final int READER_BAUD = 9_600;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Path links;
    private final Path printedDir;
    private PrinterEmulator printer;
    private CardReaderEmulator cardReader;
    private CardReaderEmulator scanner;
    private DeviceConfig config;

    private DemoDevices(Path links, Path printedDir) {
        this.links = links;
        this.printedDir = printedDir;
    }

    /** Starts socat and the emulators; throws when socat is missing (callers check {@link #available()}). */
    public static DemoDevices start(Path printedDir, Clock clock) throws IOException {
        Files.createDirectories(printedDir);
        var demo = new DemoDevices(Files.createTempDirectory("vuoro-kiosk-devices"), printedDir);
        try {
            demo.open(clock);
            return demo;
        } catch (IOException | RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    public static boolean available() {
        return SocatPtyPair.available();
    }

    private void open(Clock clock) throws IOException {
        var printerPair = pair("ttyVuoroPrinter");
        var cardPair = pair("ttyVuoroCard");
        var scannerPair = pair("ttyVuoroScanner");

        printer = new PrinterEmulator(PaperWidth.MM80, clock);
        resources.add(printer);
        printer.onTicket(this::save);
        var printerEnd =
                new JsscSerialLink(SerialSettings.of(printerPair.deviceEnd().toString(), PRINTER_BAUD));
        resources.add(printerEnd);
        printer.attach(printerEnd); // the emulator opens its end itself
        cardReader = new CardReaderEmulator(deviceEnd(cardPair, READER_BAUD), ReaderKind.RDM6300);
        scanner = new CardReaderEmulator(
                deviceEnd(scannerPair, READER_BAUD), ReaderKind.SCANNER, Decoders.SCANNER_FRAMING);
        config = new DeviceConfig(
                new PrinterPort(printerPair.hostEnd().toString(), PRINTER_BAUD, 80, "PC858"),
                new ReaderPort("RDM6300", cardPair.hostEnd().toString(), READER_BAUD),
                new ReaderPort("SCANNER", scannerPair.hostEnd().toString(), READER_BAUD));
        log.info("demo devices on socat ptys in {}; printed tickets go to {}", links, printedDir);
    }

    private SocatPtyPair pair(String name) throws IOException {
        var pair = SocatPtyPair.start(links, name);
        resources.add(pair);
        return pair;
    }

    /** A reader emulator's end: it only writes, so it is opened here with a listener that ignores input. */
    private SerialLink deviceEnd(SocatPtyPair pair, int baud) {
        var link = new JsscSerialLink(SerialSettings.of(pair.deviceEnd().toString(), baud));
        resources.add(link);
        // The emulator side only writes when a card is tapped; it must be open before the kiosk end starts.
        link.open(new SerialLink.Listener() {
            @Override
            public void bytesReceived(byte[] bytes) {}

            @Override
            public void stateChanged(LinkState state, String detail) {}
        });
        return link;
    }

    private void save(EmulatedTicket ticket) {
        try {
            PrinterEmulator.save(ticket, printedDir);
        } catch (IOException | RuntimeException e) {
            log.warn("printed ticket {} not saved: {}", ticket.sequence(), e.getMessage());
        }
    }

    /** The host ends, as local device settings. */
    public DeviceConfig config() {
        return config;
    }

    public PrinterEmulator printer() {
        return printer;
    }

    public Path printedDir() {
        return printedDir;
    }

    /** A card held to the reader (ten-digit EM4100 number as printed on the tag). */
    public void tap(String cardNumber) throws IOException {
        cardReader.tap(cardNumber);
    }

    /** A frame with a bad checksum: the decoder rejects it, the visitor sees "could not read the card". */
    public void unreadableCard() throws IOException {
        cardReader.sendInvalid();
    }

    public void scan(String payload) throws IOException {
        scanner.scan(payload);
    }

    /** {@code ok}, {@code paper-out}, {@code paper-near-end}, {@code cover-open} or {@code off} (no answer). */
    public void printerState(String state) {
        printer.setState(
                switch (state) {
                    case "ok" -> DeviceState.healthy();
                    case "paper-out" -> new DeviceState(false, true, false, false);
                    case "paper-near-end" -> new DeviceState(true, false, false, false);
                    case "cover-open" -> new DeviceState(false, false, true, false);
                    case "off" -> new DeviceState(false, false, false, true);
                    default ->
                        throw new IllegalArgumentException(
                                "printer state is one of ok, paper-out, paper-near-end, cover-open, off");
                });
    }

    public void onTicket(Consumer<EmulatedTicket> listener) {
        printer.onTicket(listener);
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                log.debug("closing demo device failed", e);
            }
        }
        try {
            Files.deleteIfExists(links);
        } catch (IOException e) {
            log.debug("demo link directory not removed", e);
        }
    }
}
