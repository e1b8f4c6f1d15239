package fi.vuoro.server.enrolment;

import fi.vuoro.server.messaging.DeviceCommand;
import fi.vuoro.server.messaging.DeviceCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs a test on a kiosk through its command channel ({@code PRINT_TEST}, {@code PRINTER_STATUS}, {@code
 * READ_CARD}) and hands the answer from {@code /app/device.result} to whoever asked, or a time-out after {@link
 * #ANSWER_TIME}. Answers are matched by command id and device: a device cannot answer another device's command.
 * Unknown, late or malformed answers are dropped and counted.
 */
@Service
public class DeviceTests {

    public enum Test {
        PRINT_TEST,
        PRINTER_STATUS,
        READ_CARD
    }

    public static final Duration ANSWER_TIME = Duration.ofSeconds(10);

    /** How long a kiosk waits for a card before answering READ_CARD; shorter than our own wait. */
    static final int READ_CARD_SECONDS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(DeviceTests.class);

    private record Pending(String deviceId, Consumer<DeviceTestResult> listener, ScheduledFuture<?> timeout) {}

    private final DeviceCommands commands;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "device-test-timeout");
        thread.setDaemon(true);
        return thread;
    });

    DeviceTests(DeviceCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** Sends the test command; {@code listener} gets exactly one result (answer or time-out). Returns the id. */
    public String run(String deviceId, Test test, Consumer<DeviceTestResult> listener) {
        String commandId = UUID.randomUUID().toString();
        ScheduledFuture<?> timeout = timer.schedule(
                () -> {
                    Pending gone = pending.remove(commandId);
                    if (gone != null) {
                        deliver(gone, DeviceTestResult.timeout(deviceId, commandId));
                    }
                },
                ANSWER_TIME.toMillis(),
                TimeUnit.MILLISECONDS);
        pending.put(commandId, new Pending(deviceId, listener, timeout));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("commandId", commandId);
        if (test == Test.READ_CARD) {
            parameters.put("timeoutSeconds", Integer.toString(READ_CARD_SECONDS));
        }
        commands.send(deviceId, new DeviceCommand(test.name(), parameters, clock.instant()));
        return commandId;
    }

    /** A device's answer. {@code deviceId} comes from the authenticated session, never from the body. */
    void answered(String deviceId, String commandId, boolean ok, String message, Map<String, String> detail) {
        Pending waiting = commandId == null ? null : pending.get(commandId);
        if (waiting == null || !waiting.deviceId().equals(deviceId) || !pending.remove(commandId, waiting)) {
            dropped.incrementAndGet();
            LOG.info("Dropped a device result from {} for unknown or foreign command {}", deviceId, commandId);
            return;
        }
        waiting.timeout().cancel(false);
        deliver(waiting, new DeviceTestResult(deviceId, commandId, ok, message, detail, false));
    }

    /** Answers dropped because no command of that device was waiting for them. */
    public long droppedAnswers() {
        return dropped.get();
    }

    private static void deliver(Pending pending, DeviceTestResult result) {
        try {
            pending.listener().accept(result);
        } catch (RuntimeException e) {
            LOG.warn("A device test listener failed on {}", result, e);
        }
    }
}
