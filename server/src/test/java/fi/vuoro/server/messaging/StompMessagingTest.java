package fi.vuoro.server.messaging;

import static fi.vuoro.server.messaging.StompClients.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.test.context.ActiveProfiles;

/** The STOMP endpoint end to end: real WebSocket, real STOMP client, demo credentials. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:stomp-messaging;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class StompMessagingTest {

    static final String SITE = DemoCredentials.SITE;
    static final String OTHER_SITE = "north";

    @LocalServerPort
    int port;

    @Autowired
    QueueCommands commands;

    @Autowired
    QueueReader queue;

    @Autowired
    SiteDirectory sites;

    @Autowired
    DeviceCommands deviceCommands;

    @Autowired
    RejectedFrames rejected;

    StompClients clients;

    @BeforeEach
    void setUp() {
        clients = new StompClients(port);
        // A second site, so that "another site's topic" is a real one with real traffic.
        sites.saveSite(new Site(OTHER_SITE, "North", ZoneId.of("Europe/Helsinki"), List.of("fi")));
        sites.saveService(new Service(
                OTHER_SITE + "-desk",
                OTHER_SITE,
                "N",
                Map.of("fi", "Neuvonta", "sv", "Rådgivning", "en", "Advice"),
                Map.of(),
                Duration.ofMinutes(10),
                Duration.ofMinutes(5),
                false,
                null,
                null,
                1));
    }

    /** Issues a ticket through the real engine (one committed transaction, event after commit). */
    TicketView issue(String siteId, String serviceId) {
        return commands.issue(new IssueRequest(siteId, serviceId, "fi", null, null, null, null, null, "test"));
    }

    long sequence(String siteId) {
        return queue.snapshot(siteId).sequence();
    }

    @AfterEach
    void tearDown() {
        clients.close();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String reception() {
        return basic("reception", DemoCredentials.PASSWORD);
    }

    @Test
    void connectWithoutCredentialsIsRejected() {
        double before = rejected.count(StompCommand.CONNECT, "no-credentials");

        var attempt = clients.connect(null);

        assertThatThrownBy(attempt::await).isInstanceOf(ExecutionException.class);
        assertThat(rejected.count(StompCommand.CONNECT, "no-credentials")).isEqualTo(before + 1);
    }

    @Test
    void connectWithBadCredentialsIsRejected() {
        double before = rejected.count(StompCommand.CONNECT, "bad-credentials");

        for (var header :
                new String[] {basic("reception", "wrong"), "Bearer no-such-token", "Bearer ", "Digest abc", "Basic !!!"
                }) {
            assertThatThrownBy(clients.connect(header)::await).as(header).isInstanceOf(ExecutionException.class);
        }
        assertThat(rejected.count(StompCommand.CONNECT, "bad-credentials")).isEqualTo(before + 5);
    }

    @Test
    void staffAndDevicesConnectWithHeartbeatsOn() throws Exception {
        for (var header : new String[] {
            reception(), "Bearer " + DemoCredentials.KIOSK_TOKEN, "Bearer " + DemoCredentials.DISPLAY_TOKEN
        }) {
            var session = clients.connect(header);
            assertThat(session.await().isConnected()).isTrue();
            assertThat(session.connected.get(10, TimeUnit.SECONDS).getHeartbeat())
                    .as("server heartbeats (send, expect) negotiated for " + header)
                    .containsExactly(10_000, 10_000);
        }
    }

    @Test
    void snapshotOnSubscribeThenDeltaWithTheNextSequence() throws Exception {
        issue(SITE, "lab");
        var client = clients.connect(reception());
        client.await();
        var deltas = client.subscribe(Destinations.queueTopic(SITE), QueueDelta.class);
        var mirror = QueueFeed.follow(client.session, SITE, m -> {});

        awaitTrue("the snapshot arrived", mirror::inSync);
        long snapshotSequence = mirror.sequence();
        assertThat(snapshotSequence).isEqualTo(sequence(SITE));
        assertThat(mirror.tickets()).extracting(TicketView::id).isEqualTo(ids(queue.snapshot(SITE)));

        var issued = issue(SITE, "lab");

        var delta = deltas.poll(10, TimeUnit.SECONDS);
        assertThat(delta).isNotNull();
        assertThat(delta.sequence()).isEqualTo(snapshotSequence + 1);
        assertThat(delta.type()).isEqualTo("TicketIssued");
        assertThat(delta.ticket().id()).isEqualTo(issued.id());
        awaitTrue("the mirror applied the delta", () -> mirror.sequence() == snapshotSequence + 1);
        assertThat(mirror.tickets()).extracting(TicketView::id).contains(issued.id());
        assertThat(mirror.resyncs()).isZero();
    }

    @Test
    void clientThatMissesADeltaResynchronisesToTheTrueState() throws Exception {
        var client = clients.connect("Bearer " + DemoCredentials.KIOSK_TOKEN);
        client.await();
        long start = sequence(SITE);
        long lost = start + 2;
        var mirror = QueueFeed.follow(client.session, SITE, m -> {}, delta -> delta.sequence() != lost);
        awaitTrue("the snapshot arrived", mirror::inSync);

        var first = issue(SITE, "lab");
        var second = issue(SITE, "lab"); // its delta is dropped on the way
        commands.call("lab-1", first.id(), "test");

        awaitTrue("the mirror caught up", () -> mirror.inSync() && mirror.sequence() == start + 3);
        assertThat(mirror.resyncs()).isEqualTo(1);
        assertThat(mirror.tickets()).extracting(TicketView::id).contains(second.id());
        assertThat(mirror.tickets())
                .extracting(TicketView::id)
                .containsExactlyInAnyOrderElementsOf(ids(queue.snapshot(SITE)));
        assertThat(mirror.tickets())
                .filteredOn(ticket -> ticket.id().equals(first.id()))
                .extracting(TicketView::counterId)
                .containsExactly("lab-1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void displayGetsCallsWithoutPersonalData() throws Exception {
        var display = clients.connect("Bearer " + DemoCredentials.DISPLAY_TOKEN);
        display.await();
        var calls = display.subscribe(Destinations.callsTopic(SITE), Map.class);
        var typed = display.subscribe(Destinations.callsTopic(SITE), CallAnnouncement.class);
        var ticket = issue(SITE, "lab");
        awaitTrue("the subscriptions are registered", () -> {
            commands.call("lab-1", issue(SITE, "lab").id(), "test");
            return pollQuietly(typed) != null;
        });
        calls.poll(10, TimeUnit.SECONDS); // the matching warm-up call on the raw subscription
        typed.clear();
        calls.clear();

        commands.call("lab-1", ticket.id(), "test");
        commands.recall(ticket.id(), "test");

        // A warm-up call may still be on its way (the loop above can call more than once): skip to this ticket's.
        var call = typed.poll(10, TimeUnit.SECONDS);
        while (call != null && !call.number().equals(ticket.number())) {
            call = typed.poll(10, TimeUnit.SECONDS);
        }
        var recall = typed.poll(10, TimeUnit.SECONDS);
        assertThat(call).isNotNull();
        assertThat(call.number()).isEqualTo(ticket.number());
        assertThat(call.counterId()).isEqualTo("lab-1");
        assertThat(call.serviceId()).isEqualTo("lab");
        assertThat(call.calledAt()).isNotNull();
        assertThat(call.recall()).isFalse();
        assertThat(recall.recall()).isTrue();
        Map<String, Object> raw = calls.poll(10, TimeUnit.SECONDS);
        assertThat(raw.keySet())
                .containsExactlyInAnyOrder(
                        "siteId", "sequence", "number", "counterId", "serviceId", "calledAt", "recall");
        assertThat(raw.toString()).doesNotContain(ticket.id(), ticket.visitId());
    }

    @Test
    void deviceChannelReachesOnlyItsDevice() throws Exception {
        double before = rejected.count(StompCommand.SUBSCRIBE, "other-device");
        var kiosk = clients.connect("Bearer " + DemoCredentials.KIOSK_TOKEN);
        var secondKioskSession = clients.connect("Bearer " + DemoCredentials.KIOSK_TOKEN);
        var display = clients.connect("Bearer " + DemoCredentials.DISPLAY_TOKEN);
        kiosk.await();
        secondKioskSession.await();
        display.await();
        var toKiosk = kiosk.subscribe(Destinations.deviceTopic(DemoCredentials.KIOSK_ID), DeviceCommand.class);
        var toKiosk2 =
                secondKioskSession.subscribe(Destinations.deviceTopic(DemoCredentials.KIOSK_ID), DeviceCommand.class);
        var toDisplay = display.subscribe(Destinations.deviceTopic(DemoCredentials.DISPLAY_ID), DeviceCommand.class);
        warmUp(toKiosk, DemoCredentials.KIOSK_ID);
        warmUp(toKiosk2, DemoCredentials.KIOSK_ID);
        warmUp(toDisplay, DemoCredentials.DISPLAY_ID);

        deviceCommands.send(DemoCredentials.KIOSK_ID, command("STAFFED_MODE"));
        deviceCommands.send(DemoCredentials.DISPLAY_ID, command("MESSAGE"));
        deviceCommands.send(DemoCredentials.KIOSK_ID, command("LAST"));
        deviceCommands.send(DemoCredentials.DISPLAY_ID, command("LAST"));

        // Sends to one session keep their order: had a session received another device's command, it would show up
        // before that session's own LAST. Both sessions of the kiosk get its commands.
        assertThat(nextCommands(toKiosk, 2)).containsExactly("STAFFED_MODE", "LAST");
        assertThat(nextCommands(toKiosk2, 2)).containsExactly("STAFFED_MODE", "LAST");
        assertThat(nextCommands(toDisplay, 2)).containsExactly("MESSAGE", "LAST");

        // Nobody else may listen in: not another device, not staff.
        display.subscribe(Destinations.deviceTopic(DemoCredentials.KIOSK_ID), DeviceCommand.class);
        assertThat(display.errors.poll(10, TimeUnit.SECONDS)).contains("Not allowed");
        var staff = clients.connect(reception());
        staff.await();
        staff.subscribe(Destinations.deviceTopic(DemoCredentials.KIOSK_ID), DeviceCommand.class);
        assertThat(staff.errors.poll(10, TimeUnit.SECONDS)).contains("Not allowed");
        assertThat(rejected.count(StompCommand.SUBSCRIBE, "other-device")).isEqualTo(before + 2);
    }

    private void warmUp(java.util.concurrent.BlockingQueue<DeviceCommand> received, String deviceId)
            throws InterruptedException {
        StompClients.awaitSubscribed(
                deviceId, received, () -> deviceCommands.send(deviceId, command(StompClients.PING)));
    }

    /** The next {@code n} command types, skipping late warm-up pings. */
    private static java.util.List<String> nextCommands(
            java.util.concurrent.BlockingQueue<DeviceCommand> received, int n) throws InterruptedException {
        var types = new java.util.ArrayList<String>();
        while (types.size() < n) {
            var command = received.poll(10, TimeUnit.SECONDS);
            assertThat(command).as("command " + (types.size() + 1) + " of " + n).isNotNull();
            if (!command.type().equals(StompClients.PING)) {
                types.add(command.type());
            }
        }
        return types;
    }

    @Test
    void kioskCannotSubscribeToAnotherSiteButStaffCan() throws Exception {
        double before = rejected.count(StompCommand.SUBSCRIBE, "other-site");
        var kiosk = clients.connect("Bearer " + DemoCredentials.KIOSK_TOKEN);
        kiosk.await();

        kiosk.subscribe(Destinations.queueTopic(OTHER_SITE), QueueDelta.class);

        var error = kiosk.errors.poll(10, TimeUnit.SECONDS);
        assertThat(error).contains("Not allowed");
        assertThat(rejected.count(StompCommand.SUBSCRIBE, "other-site")).isEqualTo(before + 1);
        awaitTrue("the server closed the refused connection", () -> !kiosk.session.isConnected());

        var staff = clients.connect(reception());
        staff.await();
        var otherSite = staff.subscribe(Destinations.queueTopic(OTHER_SITE), QueueDelta.class);
        awaitTrue("staff receive the other site's deltas", () -> {
            issue(OTHER_SITE, OTHER_SITE + "-desk");
            return pollQuietly(otherSite) != null;
        });
        assertThat(staff.errors).isEmpty();
    }

    @Test
    void clientsCannotPublishOntoBrokerTopicsOrReadOthersQueues() throws Exception {
        double sends = rejected.count(StompCommand.SEND, "send-to-broker");
        double subscribes = rejected.count(StompCommand.SUBSCRIBE, "unknown-destination");
        var staff = clients.connect(reception());
        staff.await();

        staff.session.send(Destinations.queueTopic(SITE), new QueueDelta(SITE, 999, "Fake", null, null, null, null));
        assertThat(staff.errors.poll(10, TimeUnit.SECONDS)).contains("Not allowed");

        var again = clients.connect(reception());
        again.await();
        again.subscribe("/queue/device-user" + "abc", String.class);
        assertThat(again.errors.poll(10, TimeUnit.SECONDS)).contains("Not allowed");

        assertThat(rejected.count(StompCommand.SEND, "send-to-broker")).isEqualTo(sends + 1);
        assertThat(rejected.count(StompCommand.SUBSCRIBE, "unknown-destination"))
                .isEqualTo(subscribes + 1);
    }

    @Test
    void oversizedMessageClosesOnlyThatConnection() throws Exception {
        var big = clients.connect(reception());
        var other = clients.connect(reception());
        big.await();
        other.await();
        // Control: a small message to the same destination leaves the connection working.
        big.session.send("/app/site.demo.queue", "x".repeat(1_000));
        var bigDeltas = big.subscribe(Destinations.queueTopic(SITE), QueueDelta.class);
        awaitTrue("the client still gets deltas after a small message", () -> {
            issue(SITE, "lab");
            return pollQuietly(bigDeltas) != null;
        });

        try {
            big.session.send("/app/site.demo.queue", "x".repeat(100_000)); // limit: 16 KB
        } catch (MessageDeliveryException closedWhileSending) {
            // The server may cut the connection while the client is still writing the frame.
        }

        awaitTrue("the server closed the oversized client's connection", () -> !big.session.isConnected());
        var deltas = other.subscribe(Destinations.queueTopic(SITE), QueueDelta.class);
        awaitTrue("the other client still gets deltas", () -> {
            issue(SITE, "lab");
            return pollQuietly(deltas) != null;
        });
    }

    private static DeviceCommand command(String type) {
        return new DeviceCommand(type, Map.of(), java.time.Instant.now());
    }

    private static <T> T pollQuietly(java.util.concurrent.BlockingQueue<T> queue) {
        try {
            return queue.poll(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static java.util.List<String> ids(fi.vuoro.server.queue.QueueSnapshot snapshot) {
        return snapshot.tickets().stream().map(TicketView::id).toList();
    }
}
