package fi.vuoro.kiosk.devices;

import fi.vuoro.hardware.printer.EscPosPrinter;
import fi.vuoro.hardware.printer.PrinterSettings;
import fi.vuoro.hardware.printer.ReceiptPrinter;
import fi.vuoro.hardware.reader.CardNumberHasher;
import fi.vuoro.hardware.reader.CardRead;
import fi.vuoro.hardware.reader.CardReader;
import fi.vuoro.hardware.reader.CardReaderListener;
import fi.vuoro.hardware.reader.ScanRead;
import fi.vuoro.hardware.serial.JsscSerialLink;
import fi.vuoro.hardware.serial.LinkState;
import fi.vuoro.hardware.serial.SerialLink;
import fi.vuoro.hardware.serial.SerialSettings;
import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.kiosk.devices.DeviceConfig.ReaderPort;
import fi.vuoro.kiosk.server.DeviceSelf;
import fi.vuoro.kiosk.server.DeviceStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the kiosk's serial devices: opens the printer, card reader and scanner for a {@link DeviceConfig}, reopens
 * them when the configuration changes, and hands reads and state changes to listeners. Reads arrive on the links'
 * threads; listeners must be quick (views hand them to their UI with {@code ui.access}).
 */
public final class KioskDevices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KioskDevices.class);

    private final Supplier<DeviceConfig> local;
    private final Supplier<Optional<DeviceSelf>> server;
    private final CardNumberHasher hasher;
    private final Clock clock;
    private final PrinterSettings printerSettings;
    private final List<Consumer<DeviceRead>> readListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    private DeviceConfig config = DeviceConfig.none();
    private volatile ReceiptPrinter printer;
    private volatile SerialLink printerLink;
    private volatile CardReader cardReader;
    private volatile CardReader scanner;

    /**
     * @param local the kiosk's own settings (properties, or the demo's emulators)
     * @param server asks {@code GET /api/v1/devices/me}; its settings win device by device
     */
    public KioskDevices(
            Supplier<DeviceConfig> local,
            Supplier<Optional<DeviceSelf>> server,
            CardNumberHasher hasher,
            Clock clock,
            PrinterSettings printer) {
        this.local = local;
        this.server = server;
        this.hasher = hasher;
        this.clock = clock;
        this.printerSettings = printer;
    }

    /**
     * Opens the locally configured devices at once; the server's settings follow with the first connect (the
     * gateway then reports a configuration change), so a kiosk whose server is down still prints.
     */
    public void start() {
        apply(local.get());
    }

    /** Re-reads the configuration; reopens the devices only when it changed (CONFIG_CHANGED). */
    public void reconfigure() {
        DeviceConfig next;
        try {
            next = DeviceConfig.resolve(server.get(), local.get());
        } catch (RuntimeException e) {
            log.warn("device configuration not readable; keeping the current one", e);
            return;
        }
        apply(next);
    }

    /** Closes and reopens every port, even with unchanged settings: "reconnect the printer" is what staff want. */
    private synchronized void apply(DeviceConfig next) {
        closeDevices();
        config = next;
        openDevices();
        changed();
    }

    /** The printer, when one is configured. */
    public Optional<ReceiptPrinter> printer() {
        return Optional.ofNullable(printer);
    }

    public synchronized DeviceConfig config() {
        return config;
    }

    public PaperWidth paperWidth() {
        var p = config().printer();
        return PaperWidth.ofMillimetres(p == null ? 80 : p.paperWidthMm());
    }

    /** The devices' states in the contract's names, with a short detail for the health board. */
    public DeviceStatus status() {
        var current = config();
        var p = printer;
        var link = printerLink;
        var printerState = StatusNames.printer(
                p != null, link == null ? LinkState.CLOSED : link.state(), p == null ? null : p.status());
        var card = cardReader;
        var scan = scanner;
        var cardState = StatusNames.reader(card != null, card == null ? LinkState.CLOSED : card.linkState());
        var scanState = StatusNames.reader(scan != null, scan == null ? LinkState.CLOSED : scan.linkState());
        var detail = new ArrayList<String>();
        if (current.printer() != null) detail.add("printer " + current.printer().port() + " " + printerState);
        if (current.cardReader() != null)
            detail.add("card reader " + current.cardReader().port() + " " + cardState);
        if (current.scanner() != null) detail.add("scanner " + current.scanner().port() + " " + scanState);
        return new DeviceStatus(
                printerState,
                cardState,
                scanState,
                detail.isEmpty() ? null : String.join("; ", detail),
                clock.instant());
    }

    /** @return call to unregister */
    public Runnable onRead(Consumer<DeviceRead> listener) {
        readListeners.add(listener);
        return () -> readListeners.remove(listener);
    }

    /** Called on any device state change (printer status, a link going down or up, reopening). */
    public Runnable onChange(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    @Override
    public synchronized void close() {
        closeDevices();
    }

    private void openDevices() {
        var p = config.printer();
        if (p != null) {
            if (p.codePage() != null && !p.codePage().equalsIgnoreCase("PC858")) {
                log.warn("code page {} is not supported; tickets print in PC858", p.codePage());
            }
            printerLink = new JsscSerialLink(SerialSettings.of(p.port(), p.baud()));
            var driver = new EscPosPrinter(printerLink, printerSettings, clock);
            driver.addStatusListener(event -> changed());
            driver.start();
            printer = driver;
            log.info("printer on {} at {} baud, {} mm", p.port(), p.baud(), p.paperWidthMm());
        }
        cardReader = openReader(config.cardReader());
        scanner = openReader(config.scanner());
    }

    private CardReader openReader(ReaderPort port) {
        if (port == null) return null;
        try {
            var decoder = Decoders.forType(port.type());
            var watched =
                    new RejectionWatchingDecoder(decoder, () -> publish(new DeviceRead.Unreadable(decoder.kind())));
            var reader = new CardReader(
                    new JsscSerialLink(SerialSettings.of(port.port(), port.baud())), watched, hasher, clock);
            reader.start(new CardReaderListener() {
                @Override
                public void cardRead(CardRead read) {
                    publish(new DeviceRead.CardTapped(read.kind(), read.cardHash(), read.masked()));
                }

                @Override
                public void scanned(ScanRead read) {
                    publish(new DeviceRead.CodeScanned(read.payload()));
                }

                @Override
                public void linkStateChanged(LinkState state, String detail) {
                    changed();
                }
            });
            log.info("{} reader on {} at {} baud", port.type(), port.port(), port.baud());
            return reader;
        } catch (IllegalArgumentException e) {
            log.warn("reader not opened: {}", e.getMessage());
            return null;
        }
    }

    private void closeDevices() {
        for (AutoCloseable device : new AutoCloseable[] {printer, cardReader, scanner}) {
            if (device == null) continue;
            try {
                device.close();
            } catch (Exception e) {
                log.warn("closing a device failed", e);
            }
        }
        printer = null;
        printerLink = null;
        cardReader = null;
        scanner = null;
    }

    private void publish(DeviceRead read) {
        for (var listener : readListeners) {
            try {
                listener.accept(read);
            } catch (RuntimeException e) {
                log.warn("device read listener failed", e);
            }
        }
    }

    private void changed() {
        for (var listener : changeListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("device change listener failed", e);
            }
        }
    }
}
