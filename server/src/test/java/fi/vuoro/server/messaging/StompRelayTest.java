package fi.vuoro.server.messaging;

import static fi.vuoro.server.messaging.StompClients.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.TicketView;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code relay} profile against a real RabbitMQ: the same destinations, authentication and resync work when
 * the broker is external.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:stomp-relay;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "relay"})
class StompRelayTest {

    static LocalRabbitMq rabbit;

    @BeforeAll
    static void startBroker() throws Exception {
        rabbit = LocalRabbitMq.startOrSkip();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (rabbit != null) {
            rabbit.close();
        }
    }

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry registry) {
        registry.add("vuoro.messaging.relay.port", () -> rabbit.stompPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    QueueCommands commands;

    @Autowired
    DeviceCommands deviceCommands;

    @Autowired
    RejectedFrames rejected;

    StompClients clients;

    @BeforeEach
    void setUp() {
        clients = new StompClients(port);
    }

    @AfterEach
    void tearDown() {
        clients.close();
    }

    TicketView issue() {
        return commands.issue(new IssueRequest("demo", "lab", "fi", null, null, null, null, null, "relay-test"));
    }

    @Test
    void deltasCallsAndDeviceCommandsTravelThroughRabbitMq() throws Exception {
        var kiosk = clients.connect("Bearer " + DemoCredentials.KIOSK_TOKEN);
        var display = clients.connect("Bearer " + DemoCredentials.DISPLAY_TOKEN);
        kiosk.await();
        display.await();
        var mirror = QueueFeed.follow(kiosk.session, "demo", m -> {});
        var calls = display.subscribe(Destinations.callsTopic("demo"), CallAnnouncement.class);
        var toKiosk = kiosk.subscribe(Destinations.deviceTopic(DemoCredentials.KIOSK_ID), DeviceCommand.class);
        awaitTrue("the snapshot arrived", mirror::inSync);

        // Each subscription is live once something sent after it arrives (RabbitMQ gets SUBSCRIBE asynchronously).
        awaitTrue("deltas arrive through the relay", () -> {
            long before = mirror.sequence();
            issue();
            return waitFor(() -> mirror.sequence() > before);
        });
        var ticket = issue();
        awaitTrue("the mirror holds the new ticket", () -> mirror.tickets().stream()
                .anyMatch(t -> t.id().equals(ticket.id())));
        assertThat(mirror.resyncs()).isZero();

        awaitTrue("calls arrive through the relay", () -> {
            commands.call("lab-1", issue().id(), "relay-test");
            return pollQuietly(calls) != null;
        });
        calls.clear();
        commands.call("lab-1", ticket.id(), "relay-test");
        CallAnnouncement call;
        do {
            call = calls.poll(10, TimeUnit.SECONDS);
            assertThat(call).isNotNull();
        } while (!call.number().equals(ticket.number()));
        assertThat(call.counterId()).isEqualTo("lab-1");

        awaitTrue("device commands arrive through the relay", () -> {
            deviceCommands.send(DemoCredentials.KIOSK_ID, new DeviceCommand("PING", Map.of(), Instant.now()));
            return pollQuietly(toKiosk) != null;
        });
    }

    @Test
    void authenticationAndSiteRulesStillApply() throws Exception {
        assertThatThrownBy(clients.connect("Bearer wrong")::await).isInstanceOf(ExecutionException.class);

        var kiosk = clients.connect("Bearer " + DemoCredentials.KIOSK_TOKEN);
        kiosk.await();
        double before = rejected.count(StompCommand.SUBSCRIBE, "other-site");
        kiosk.subscribe(Destinations.queueTopic("elsewhere"), QueueDelta.class);

        // The ERROR frame usually arrives first, but the close may overtake it: the counter is the reliable witness.
        awaitTrue("the server closed the refused connection", () -> !kiosk.session.isConnected());
        assertThat(rejected.count(StompCommand.SUBSCRIBE, "other-site")).isEqualTo(before + 1);
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return condition.getAsBoolean();
    }

    private static <T> T pollQuietly(java.util.concurrent.BlockingQueue<T> queue) {
        try {
            return queue.poll(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
