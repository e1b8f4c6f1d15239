package fi.vuoro.kiosk.server;

import static fi.vuoro.kiosk.testing.Await.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.testing.RealServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real gateway against the real server, started as a separate JVM from the jar the reactor's {@code server}
 * module built (exactly what ships; the server's own Vaadin bundle and configuration stay out of the kiosk's
 * class path). Skips when the jar has not been built, fails instead when {@code VUORO_REQUIRE_TOOLS=true}.
 */
class ServerQueueGatewayTest {

    @TempDir
    static Path dataDir;

    static RealServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = RealServer.start(dataDir);
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) server.close();
    }

    @Test
    void issuesATicketSeesTheLiveWaitChangeAndNoticesTheServerGoing() throws Exception {
        try (var gateway = new ServerQueueGateway(properties())) {
            gateway.start();
            awaitTrue(
                    Duration.ofSeconds(30),
                    "online with services",
                    () -> gateway.connectionState() == ConnectionState.ONLINE
                            && !gateway.services().isEmpty());
            var lab = lab(gateway);
            assertThat(lab.name("sv")).isEqualTo("Laboratorium");
            int waitingBefore = lab.waiting();

            var key = UUID.randomUUID().toString();
            var ticket = gateway.issue(new TicketRequest("lab", "sv", null, null, key));
            assertThat(ticket.number()).startsWith("L");
            assertThat(ticket.serviceId()).isEqualTo("lab");
            assertThat(ticket.status()).isEqualTo("WAITING");
            // A retry after a lost answer returns the same ticket, not a second one.
            assertThat(gateway.issue(new TicketRequest("lab", "sv", null, null, key))
                            .id())
                    .isEqualTo(ticket.id());

            // The STOMP delta reaches the tile figures without another REST call.
            awaitTrue(
                    Duration.ofSeconds(10),
                    "live waiting count",
                    () -> lab(gateway).waiting() == waitingBefore + 1);

            // The ticket is in the server's API.
            var stored = server.getAsStaff("/api/v1/tickets/" + ticket.id());
            assertThat(stored.statusCode()).isEqualTo(200);
            assertThat(stored.body()).contains("\"number\":\"" + ticket.number() + "\"");

            server.stop();
            awaitTrue(
                    Duration.ofSeconds(40),
                    "offline after the server stopped",
                    () -> gateway.connectionState() == ConnectionState.OFFLINE);
            assertThat(gateway.requestHelp(new HelpRequest("VISITOR", "SERVICE", "sv", List.of())))
                    .as("help cannot be delivered while offline")
                    .isFalse();
        }
    }

    private static ServiceOption lab(ServerQueueGateway gateway) {
        return gateway.services().stream()
                .filter(s -> s.id().equals("lab"))
                .findFirst()
                .orElseThrow();
    }

    private static KioskProperties properties() {
        return new KioskProperties(
                URI.create(server.url()),
                "demo",
                "demo-kiosk",
                "server",
                "",
                true,
                false,
                new KioskProperties.Timeouts(
                        Duration.ofSeconds(45),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(5),
                        Duration.ofSeconds(30),
                        3,
                        2,
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(2)),
                new KioskProperties.Printer("", 115200, 80, "PC858"),
                new KioskProperties.Reader("none", "", 9600),
                new KioskProperties.Reader("none", "", 9600),
                "");
    }
}
