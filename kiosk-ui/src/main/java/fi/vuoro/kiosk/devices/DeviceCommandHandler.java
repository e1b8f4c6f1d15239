package fi.vuoro.kiosk.devices;

import fi.vuoro.hardware.ticket.TicketLayout;
import fi.vuoro.kiosk.server.CommandResult;
import fi.vuoro.kiosk.server.DeviceCommand;
import fi.vuoro.kiosk.server.QueueGateway;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the device commands that concern the hardware: {@code CONFIG_CHANGED} reopens the ports, {@code
 * PRINT_TEST}, {@code PRINTER_STATUS} and {@code READ_CARD} answer on {@code /app/device.result}. Work happens on
 * its own thread, never on the messaging thread that delivered the command.
 */
public final class DeviceCommandHandler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeviceCommandHandler.class);

    private final KioskDevices devices;
    private final QueueGateway gateway;
    private final Clock clock;
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        var thread = new Thread(r, "kiosk-device-command");
        thread.setDaemon(true);
        return thread;
    });
    private Runnable unregister;

    public DeviceCommandHandler(KioskDevices devices, QueueGateway gateway, Clock clock) {
        this.devices = devices;
        this.gateway = gateway;
        this.clock = clock;
    }

    public void start() {
        unregister = gateway.onCommand(command -> worker.execute(() -> handleQuietly(command)));
    }

    void handle(DeviceCommand command) {
        switch (command) {
            case DeviceCommand.ConfigChanged c -> devices.reconfigure();
            case DeviceCommand.PrintTest p -> gateway.sendResult(printTest(p.commandId()));
            case DeviceCommand.PrinterStatus p -> {
                var state = devices.status().printer();
                gateway.sendResult(new CommandResult(
                        p.commandId(), !state.equals(StatusNames.NONE), "Printer " + state, Map.of("printer", state)));
            }
            case DeviceCommand.ReadCard r -> gateway.sendResult(readCard(r));
            default -> {}
        }
    }

    CommandResult printTest(String commandId) {
        var printer = devices.printer();
        if (printer.isEmpty()) {
            return new CommandResult(commandId, false, "No printer configured", Map.of("printer", StatusNames.NONE));
        }
        var layout = new TicketLayout(
                "Vuoro",
                "TEST",
                "Printer test",
                null,
                null,
                LocalDateTime.now(clock),
                null,
                null,
                "If you can read this, the printer works.",
                Locale.ENGLISH,
                devices.paperWidth(),
                null);
        var result = printer.get().print(layout).join();
        var state = devices.status().printer();
        return result.printed()
                ? new CommandResult(
                        commandId, true, "Printed " + result.bytesSent() + " bytes", Map.of("printer", state))
                : new CommandResult(
                        commandId,
                        false,
                        "Not printed: " + result.reason() + " (" + result.detail() + ")",
                        Map.of("printer", StatusNames.printerAfter(result.reason())));
    }

    CommandResult readCard(DeviceCommand.ReadCard command) {
        var config = devices.config();
        if (config.cardReader() == null && config.scanner() == null) {
            return new CommandResult(command.commandId(), false, "No card reader or scanner configured", Map.of());
        }
        var read = new CompletableFuture<DeviceRead>();
        var unregister = devices.onRead(r -> {
            if (!(r instanceof DeviceRead.Unreadable)) read.complete(r);
        });
        try {
            return switch (read.get(command.timeoutSeconds(), TimeUnit.SECONDS)) {
                case DeviceRead.CardTapped card ->
                    new CommandResult(
                            command.commandId(),
                            true,
                            "Card " + card.masked(),
                            Map.of("readerType", card.kind().name(), "value", card.masked()));
                case DeviceRead.CodeScanned code ->
                    new CommandResult(
                            command.commandId(),
                            true,
                            "Code scanned",
                            Map.of("readerType", "SCANNER", "value", mask(code.payload())));
                case DeviceRead.Unreadable u -> throw new IllegalStateException("filtered above");
            };
        } catch (TimeoutException e) {
            return new CommandResult(
                    command.commandId(), false, "No card or code within " + command.timeoutSeconds() + " s", Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CommandResult(command.commandId(), false, "Interrupted", Map.of());
        } catch (java.util.concurrent.ExecutionException e) {
            return new CommandResult(command.commandId(), false, "Read failed", Map.of());
        } finally {
            unregister.run();
        }
    }

    /** Like a card number: the last four characters, so staff can tell codes apart without reading them out. */
    static String mask(String value) {
        return value.length() <= 4 ? "••••" : "••••" + value.substring(value.length() - 4);
    }

    private void handleQuietly(DeviceCommand command) {
        try {
            handle(command);
        } catch (RuntimeException e) {
            log.warn("device command {} failed", command.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        if (unregister != null) unregister.run();
        worker.shutdownNow();
    }
}
