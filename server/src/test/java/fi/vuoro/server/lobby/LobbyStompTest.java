package fi.vuoro.server.lobby;

import static fi.vuoro.server.messaging.StompClients.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.health.DeviceHealth;
import fi.vuoro.server.health.PrinterState;
import fi.vuoro.server.messaging.DeviceCommand;
import fi.vuoro.server.messaging.DeviceCommands;
import fi.vuoro.server.messaging.StompClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.test.context.ActiveProfiles;

/**
 * The kiosk side of the device channel against the real server: a real STOMP client holding the demo kiosk's
 * token sends help requests and status reports; reception acts through the lobby services; the kiosk receives the
 * commands on its own topic.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:lobby-stomp;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class LobbyStompTest {

    static final String SITE = DemoCredentials.SITE;
    static final String KIOSK = DemoCredentials.KIOSK_ID;

    @LocalServerPort
    int port;

    @Autowired
    HelpDesk helpDesk;

    @Autowired
    Alerts alerts;

    @Autowired
    DeviceHealth health;

    @Autowired
    KioskOverrides overrides;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    DeviceCommands deviceCommands;

    StompClients clients;
    StompClients.Session kiosk;

    @BeforeEach
    void connectKiosk() throws Exception {
        clients = new StompClients(port);
        kiosk = clients.connect("Bearer " + DemoCredentials.KIOSK_TOKEN);
        kiosk.await();
    }

    @AfterEach
    void close() {
        clients.close();
    }

    void send(String destination, Object body) throws Exception {
        var headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        kiosk.await().send(headers, body);
    }

    /** Subscribes to the kiosk's command topic and waits until the subscription is live. */
    java.util.concurrent.BlockingQueue<DeviceCommand> subscribeToCommands() throws InterruptedException {
        var commands = kiosk.subscribe("/topic/device." + KIOSK, DeviceCommand.class);
        StompClients.awaitSubscribed(
                KIOSK,
                commands,
                () -> deviceCommands.send(KIOSK, new DeviceCommand(StompClients.PING, Map.of(), Instant.now())));
        return commands;
    }

    void sendRaw(String destination, String text) throws Exception {
        var headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        kiosk.await().send(headers, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void helpRequestThenImComingReachesTheKioskWithTheStaffName() throws Exception {
        var commands = subscribeToCommands();
        String requestId = UUID.randomUUID().toString();

        send(
                "/app/kiosk.help",
                Map.of(
                        "requestId", requestId,
                        "reason", "VISITOR",
                        "step", "SERVICE",
                        "language", "sv",
                        "trail", List.of("10:02:11 language sv", "10:02:30 service tiles")));
        awaitTrue("the help request is stored", () -> helpDesk.find(requestId).isPresent());

        HelpRequest stored = helpDesk.find(requestId).orElseThrow();
        assertThat(stored.deviceId()).isEqualTo(KIOSK);
        assertThat(stored.siteId()).isEqualTo(SITE);
        assertThat(stored.trail()).containsExactly("10:02:11 language sv", "10:02:30 service tiles");
        assertThat(helpDesk.active(SITE)).extracting(HelpRequest::id).contains(requestId);

        helpDesk.answer(requestId, "reception");

        DeviceCommand command = next(commands);
        assertThat(command.type()).isEqualTo("HELP_ANSWERED");
        assertThat(command.parameters())
                .containsEntry("requestId", requestId)
                .containsEntry("staffName", "Demo Reception");

        var greeted = helpDesk.greeted(requestId, "reception");
        assertThat(greeted.status()).isEqualTo(HelpStatus.GREETED);
        assertThat(greeted.timeToGreet().isNegative()).isFalse();
        assertThat(helpDesk.active(SITE)).extracting(HelpRequest::id).doesNotContain(requestId);
    }

    @Test
    void theKioskCancelsItsRequestWhenTheVisitorLeaves() throws Exception {
        String requestId = UUID.randomUUID().toString();
        send("/app/kiosk.help", Map.of("requestId", requestId, "reason", "IDLE_MID_FLOW"));
        awaitTrue("stored", () -> helpDesk.find(requestId).isPresent());

        send("/app/kiosk.help.cancel", Map.of("requestId", requestId));

        awaitTrue("cancelled", () -> helpDesk.find(requestId).orElseThrow().status() == HelpStatus.CANCELLED);
        assertThat(helpDesk.active(SITE)).extracting(HelpRequest::id).doesNotContain(requestId);
    }

    @Test
    void garbageIsDroppedAndCountedAndTheKioskKeepsWorking() throws Exception {
        double before = dropped("kiosk.help");

        sendRaw("/app/kiosk.help", "{not json");
        sendRaw("/app/kiosk.help", "{\"requestId\":\"../../etc\",\"reason\":\"VISITOR\"}");
        sendRaw("/app/kiosk.help", "{\"requestId\":\"ok-id\",\"reason\":\"SHOUTING\"}");
        awaitTrue("three frames counted as dropped", () -> dropped("kiosk.help") >= before + 3);

        String requestId = UUID.randomUUID().toString();
        send("/app/kiosk.help", Map.of("requestId", requestId, "reason", "VISITOR"));
        awaitTrue("the same session still works", () -> helpDesk.find(requestId).isPresent());
        assertThat(helpDesk.find("ok-id")).isEmpty();
    }

    @Test
    void printerTroubleBecomesAnAlertAndClearsWhenItRecovers() throws Exception {
        send("/app/kiosk.status", Map.of("printer", "OK", "cardReader", "OK", "scanner", "NONE"));
        awaitTrue("first report stored", () -> health.state(KIOSK).orElseThrow().reported());

        send(
                "/app/kiosk.status",
                Map.of("printer", "PAPER_OUT", "cardReader", "OK", "scanner", "NONE", "detail", "paper sensor"));
        awaitTrue("a device alert is open", () -> deviceAlert().isPresent());

        assertThat(health.state(KIOSK).orElseThrow().printer()).isEqualTo(PrinterState.PAPER_OUT);
        assertThat(deviceAlert().orElseThrow().detail()).contains("PRINTER=PAPER_OUT");
        assertThat(health.history(KIOSK, 10).getFirst().printer()).isEqualTo(PrinterState.PAPER_OUT);

        send("/app/kiosk.status", Map.of("printer", "OK", "cardReader", "OK", "scanner", "NONE"));
        awaitTrue("the alert closed by itself", () -> deviceAlert().isEmpty());
        String subject = Alerts.deviceSubject(KIOSK, "PRINTER");
        assertThat(alerts.about(AlertKind.DEVICE_TROUBLE, subject).getFirst().resolution())
                .startsWith("Recovered");
    }

    @Test
    void overridesAreSentAsCommandsAndServedAsState() throws Exception {
        var commands = subscribeToCommands();
        overrides.unlock(KIOSK, "reception");
        overrides.setStaffed(KIOSK, false, "reception");
        // Those two commands are still on their way: let them arrive before the ones under test.
        DeviceCommand settled;
        do {
            settled = next(commands);
        } while (!("STAFFED_MODE".equals(settled.type())
                && "false".equals(settled.parameters().get("on"))));
        commands.clear();

        overrides.setStaffed(KIOSK, true, "reception");
        overrides.setMessage(KIOSK, "Lab closes at 15", "reception");
        overrides.lock(KIOSK, "Cleaning", "reception");

        assertThat(next(commands)).satisfies(c -> {
            assertThat(c.type()).isEqualTo("STAFFED_MODE");
            assertThat(c.parameters()).containsEntry("on", "true");
        });
        assertThat(next(commands).parameters()).containsEntry("text", "Lab closes at 15");
        assertThat(next(commands)).satisfies(c -> {
            assertThat(c.type()).isEqualTo("LOCK");
            assertThat(c.parameters()).containsEntry("reason", "Cleaning");
        });

        var http = HttpClient.newHttpClient();
        var asKiosk = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/devices/me/overrides"))
                        .header("Authorization", "Bearer " + DemoCredentials.KIOSK_TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asKiosk.statusCode()).isEqualTo(200);
        assertThat(asKiosk.body())
                .contains("\"staffed\":true")
                .contains("\"message\":\"Lab closes at 15\"")
                .contains("\"locked\":true")
                .contains("\"lockReason\":\"Cleaning\"");

        var asStaff = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/devices/me/overrides"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("reception:demo".getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asStaff.statusCode()).isEqualTo(403);
        overrides.unlock(KIOSK, "reception");
        overrides.setStaffed(KIOSK, false, "reception");
        overrides.setMessage(KIOSK, "", "reception");
        assertThat(overrides.current(KIOSK)).isEqualTo(KioskOverride.NONE);
    }

    /** The next command, skipping late warm-up pings. */
    private static DeviceCommand next(java.util.concurrent.BlockingQueue<DeviceCommand> commands)
            throws InterruptedException {
        return StompClients.nextAfterPings(commands, c -> StompClients.PING.equals(c.type()));
    }

    private java.util.Optional<Alert> deviceAlert() {
        return alerts.open(SITE).stream()
                .filter(a -> a.kind() == AlertKind.DEVICE_TROUBLE && KIOSK.equals(a.deviceId()))
                .findFirst();
    }

    private double dropped(String destination) {
        return metrics.find("vuoro.device.frames.dropped").tag("destination", destination).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
