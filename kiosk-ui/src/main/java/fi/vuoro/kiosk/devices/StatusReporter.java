package fi.vuoro.kiosk.devices;

import fi.vuoro.kiosk.server.ConnectionState;
import fi.vuoro.kiosk.server.DeviceStatus;
import fi.vuoro.kiosk.server.QueueGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the devices' states to {@code /app/kiosk.status}: at once when a state changes, when the connection comes
 * back (the server may have missed changes), and every {@code interval} anyway so the health board sees a live
 * kiosk. A one-second tick checks all three; sending never happens on a serial thread.
 */
public final class StatusReporter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatusReporter.class);

    private final KioskDevices devices;
    private final QueueGateway gateway;
    private final Duration interval;
    private final Clock clock;
    private final ScheduledExecutorService tick;
    private volatile DeviceStatus current;
    private DeviceStatus lastSent;
    private Instant lastSentAt = Instant.MIN;
    private ConnectionState lastConnection;
    private Runnable unregister;

    public StatusReporter(KioskDevices devices, QueueGateway gateway, Duration interval, Clock clock) {
        this.devices = devices;
        this.gateway = gateway;
        this.interval = interval;
        this.clock = clock;
        this.tick = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "kiosk-status");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start() {
        current = devices.status();
        // A change is reported from the tick thread at once, not from the serial thread that noticed it.
        unregister = devices.onChange(() -> tick.execute(this::checkQuietly));
        tick.scheduleWithFixedDelay(this::checkQuietly, 0, 1, TimeUnit.SECONDS);
    }

    /** The devices' states as last seen (the status bar shows them). */
    public DeviceStatus current() {
        var seen = current;
        return seen != null ? seen : devices.status();
    }

    /** One check: send when something changed, the connection came back, or the interval passed. */
    synchronized void check() {
        var status = devices.status();
        current = status;
        var connection = gateway.connectionState();
        boolean reconnected = connection == ConnectionState.ONLINE && lastConnection != ConnectionState.ONLINE;
        lastConnection = connection;
        var now = clock.instant();
        boolean due = !now.isBefore(lastSentAt.plus(interval));
        if (!status.sameStates(lastSent) || reconnected || due) {
            if (!status.sameStates(lastSent)) {
                log.info(
                        "devices: printer {}, card reader {}, scanner {}",
                        status.printer(),
                        status.cardReader(),
                        status.scanner());
            }
            gateway.reportStatus(status);
            lastSent = status;
            lastSentAt = now;
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("status report failed", e);
        }
    }

    @Override
    public void close() {
        if (unregister != null) unregister.run();
        tick.shutdownNow();
    }
}
