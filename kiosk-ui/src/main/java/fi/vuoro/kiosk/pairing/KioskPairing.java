package fi.vuoro.kiosk.pairing;

import fi.vuoro.kiosk.pairing.PairingClient.PairingCode;
import fi.vuoro.kiosk.pairing.PairingClient.Poll;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pairing while the kiosk has no token: one {@link #step()} every two seconds asks for a code (again when
 * it expired or was lost) or polls it; a PAIRED answer stores the token and stops. Only the code is shared with the
 * screen; the token never leaves this class and {@link DeviceTokens}.
 */
public final class KioskPairing implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KioskPairing.class);
    static final long POLL_MILLIS = 2000;

    private final PairingClient client;
    private final DeviceTokens tokens;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private volatile PairingCode code;
    private ScheduledFuture<?> task;

    public KioskPairing(PairingClient client, DeviceTokens tokens, Clock clock) {
        this.client = client;
        this.tokens = tokens;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "kiosk-pairing");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts pairing unless a token is already there; safe to call again (e.g. after a revoke). */
    public synchronized void start() {
        if (tokens.paired() || (task != null && !task.isDone())) return;
        task = scheduler.scheduleWithFixedDelay(this::stepQuietly, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The code to show, while pairing. */
    public Optional<String> code() {
        var current = code;
        return tokens.paired() || current == null ? Optional.empty() : Optional.of(current.code());
    }

    /** One round: get a code if there is none (or it expired), else poll it. */
    public void step() {
        if (tokens.paired()) {
            stop();
            return;
        }
        var current = code;
        if (current == null || (current.expiresAt() != null && !clock.instant().isBefore(current.expiresAt()))) {
            try {
                code = client.requestCode();
                log.info("pairing code shown on screen; waiting for an admin to enter it");
            } catch (IOException e) {
                code = null;
                log.info("no pairing code yet: {}", e.getMessage());
            }
            return;
        }
        switch (client.poll(current.pairingId())) {
            case Poll.Paired paired -> {
                tokens.store(paired.token());
                code = null;
                log.info("paired as device {}", paired.deviceId());
                stop();
            }
            case Poll.Gone gone -> {
                log.info("pairing code no longer valid ({}); asking for a new one", gone.why());
                code = null;
            }
            case Poll.Pending pending -> {}
            case Poll.Unreachable unreachable -> log.debug("pairing poll failed: {}", unreachable.why());
        }
    }

    private void stepQuietly() {
        try {
            step();
        } catch (RuntimeException e) {
            log.warn("pairing step failed", e);
        }
    }

    private synchronized void stop() {
        if (task != null) task.cancel(false);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
