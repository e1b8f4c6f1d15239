package fi.vuoro.server.enrolment;

import static fi.vuoro.server.messaging.StompClients.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.admin.AdminContextTest;
import fi.vuoro.server.admin.SiteAdministration;
import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.messaging.Destinations;
import fi.vuoro.server.messaging.DeviceCommand;
import fi.vuoro.server.messaging.DeviceCommands;
import fi.vuoro.server.messaging.StompClients;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.SiteDirectory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The device side of enrolment over a real WebSocket with a real STOMP client and the device's own token. */
// Its own context and database: in the shared admin context the demo kiosk's token stopped authenticating after
// the browser tests (not yet explained; each class passes alone), so enrolment runs on a fresh demo site.
@org.springframework.test.context.TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:enrolment-tests;DB_CLOSE_DELAY=-1")
class DeviceChannelStompTest extends AdminContextTest {

    @Autowired
    Pairings pairings;

    @Autowired
    DeviceManagement management;

    @Autowired
    DeviceTests tests;

    @Autowired
    SiteAdministration siteAdministration;

    @Autowired
    SiteDirectory sites;

    @Autowired
    DeviceCommands deviceCommands;

    StompClients clients;

    @BeforeEach
    void setUp() {
        clients = new StompClients(port);
    }

    @AfterEach
    void tearDown() {
        clients.close();
    }

    @Test
    void aRevokedDeviceIsCutOffAtOnceAndCannotReconnect() throws Exception {
        var kiosk = pairedKiosk(uniqueName("Revoked kiosk"));
        var session = clients.connect("Bearer " + kiosk.token());
        session.await();
        session.subscribe(Destinations.deviceTopic(kiosk.id()), Map.class);
        awaitTrue("the server registered the session", () -> management.openSessions(kiosk.id()) == 1);

        assertThat(management.revoke(kiosk.id())).isTrue();

        awaitTrue("the server closed the device's connection", () -> !session.session.isConnected());
        assertThat(management.openSessions(kiosk.id())).isZero();
        var again = clients.connect("Bearer " + kiosk.token());
        awaitTrue("the reconnect is refused", () -> !again.errors.isEmpty());
        assertThat(again.errors.poll()).contains("Authentication failed");
    }

    @Test
    void aServiceRenameReachesTheSitesSubscribedDeviceOnTheConfigTopic() throws Exception {
        var display = clients.connect("Bearer " + DemoCredentials.DISPLAY_TOKEN);
        display.await();
        BlockingQueue<Map> config = display.subscribe(Destinations.configTopic(DemoCredentials.SITE), Map.class);
        var other = clients.connect("Bearer " + DemoCredentials.KIOSK_TOKEN);
        other.await();
        other.subscribe(Destinations.configTopic("another-site"), Map.class);
        awaitTrue("another site's config topic is refused", () -> !other.errors.isEmpty());
        Thread.sleep(200); // let the display's SUBSCRIBE be registered before the change

        Service lab = sites.service("lab").orElseThrow();
        Map<String, String> names = new HashMap<>(lab.names());
        names.put("en", "Laboratory (renamed)");
        siteAdministration.saveService(
                "admin",
                new Service(
                        lab.id(),
                        lab.siteId(),
                        lab.prefix(),
                        names,
                        lab.whereToGo(),
                        lab.targetWait(),
                        lab.typicalServiceTime(),
                        lab.greetPersonally(),
                        lab.opensAt(),
                        lab.closesAt(),
                        lab.sortOrder(),
                        lab.active(),
                        lab.allowedPriorityReasons()));

        Map<?, ?> event = config.poll(10, TimeUnit.SECONDS);
        assertThat(event).isNotNull();
        assertThat(event.get("kind")).isEqualTo("SERVICES");
        assertThat(event.get("at")).isEqualTo(clock.instant().toString());
        var services = http("GET", "/api/v1/sites/demo/services", "Bearer " + DemoCredentials.KIOSK_TOKEN, null);
        assertThat(services.body())
                .as("the kiosk's REST re-read sees the new name")
                .contains("Laboratory (renamed)");
    }

    @Test
    void aTestCommandIsAnsweredOnDeviceResultAndForeignOrLateAnswersAreDropped() throws Exception {
        var kiosk = pairedKiosk(uniqueName("Test kiosk"));
        var session = clients.connect("Bearer " + kiosk.token());
        session.await();
        BlockingQueue<Map> commands = session.subscribe(Destinations.deviceTopic(kiosk.id()), Map.class);
        StompClients.awaitSubscribed(
                kiosk.id(),
                commands,
                () -> deviceCommands.send(
                        kiosk.id(), new DeviceCommand(StompClients.PING, Map.of(), java.time.Instant.now())));

        var results = new CopyOnWriteArrayList<DeviceTestResult>();
        String commandId = tests.run(kiosk.id(), DeviceTests.Test.PRINT_TEST, results::add);
        Map<?, ?> command = StompClients.nextAfterPings(commands, c -> StompClients.PING.equals(c.get("type")));
        assertThat(command.get("type")).isEqualTo("PRINT_TEST");
        assertThat(command.get("parameters")).isEqualTo(Map.of("commandId", commandId));

        // Another device answering this command is not believed.
        var intruder = clients.connect("Bearer " + DemoCredentials.KIOSK_TOKEN);
        long droppedBefore = tests.droppedAnswers();
        intruder.await()
                .send(DeviceResultFrames.DESTINATION, DeviceResultFrames.answer(commandId, true, "fake", Map.of()));
        awaitTrue("the foreign answer is dropped", () -> tests.droppedAnswers() > droppedBefore);
        assertThat(results).isEmpty();

        session.session.send(DeviceResultFrames.DESTINATION, DeviceResultFrames.printedTestTicket(commandId));
        awaitTrue("the answer reaches the admin", () -> !results.isEmpty());
        assertThat(results).hasSize(1);
        assertThat(results.getFirst().ok()).isTrue();
        assertThat(results.getFirst().message()).isEqualTo("Printed 429 bytes");
        assertThat(results.getFirst().detail()).containsEntry("printer", "OK");

        // Garbage on the channel: dropped and counted, the session stays usable.
        long dropped = tests.droppedAnswers();
        session.session.send(DeviceResultFrames.DESTINATION, Map.of("commandId", commandId, "ok", true));
        session.session.send(DeviceResultFrames.DESTINATION, "not json at all");
        awaitTrue("the repeated answer is dropped", () -> tests.droppedAnswers() > dropped);
        assertThat(results).hasSize(1);
        assertThat(session.session.isConnected()).isTrue();
    }

    private record Paired(String id, String token) {}

    private Paired pairedKiosk(String name) {
        var body = EnrolmentApiTest.json(requestPairing("KIOSK").body());
        var device = pairings.approve(
                body.get("code").asString(), DemoCredentials.SITE, DevicePrincipal.Kind.KIOSK, name, null);
        String token = EnrolmentApiTest.json(
                        http("GET", "/api/v1/pairings/" + body.get("pairingId").asString(), null, null)
                                .body())
                .get("token")
                .asString();
        return new Paired(device.id(), token);
    }
}
