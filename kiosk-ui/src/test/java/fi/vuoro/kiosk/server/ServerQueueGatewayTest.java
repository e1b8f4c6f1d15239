package fi.vuoro.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.KioskProperties;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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

    static Process server;
    static int port;

    @BeforeAll
    static void startServer() throws Exception {
        var jar = Path.of(System.getProperty("vuoro.server.jar", "../server/target/missing.jar"));
        if (!Files.isRegularFile(jar)) {
            var message = "server jar not built (" + jar + "): run the reactor build, e.g. mvn -pl server -am package";
            if ("true".equals(System.getenv("VUORO_REQUIRE_TOOLS"))) throw new IllegalStateException(message);
            Assumptions.abort(message);
        }
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "--enable-native-access=ALL-UNNAMED",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--vuoro.data-dir=" + dataDir,
                        "--spring.profiles.active=demo",
                        "--logging.level.root=WARN"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile())
                .start();
        var http = HttpClient.newHttpClient();
        // Generous: two shared cores under load start the server in about a minute.
        awaitTrue(Duration.ofMinutes(4), "server healthy; see " + dataDir.resolve("server.log"), () -> {
            if (!server.isAlive()) throw new IllegalStateException("server exited; see its server.log");
            try {
                return http.send(
                                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException | InterruptedException notYet) {
                return false;
            }
        });
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly();
        }
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
            var auth = "Basic " + Base64.getEncoder().encodeToString("counter:demo".getBytes(StandardCharsets.UTF_8));
            var stored = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base() + "/api/v1/tickets/" + ticket.id()))
                                    .header("Authorization", auth)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(stored.statusCode()).isEqualTo(200);
            assertThat(stored.body()).contains("\"number\":\"" + ticket.number() + "\"");

            stopServer();
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
                URI.create(base()),
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

    private static String base() {
        return "http://127.0.0.1:" + port;
    }

    private static void awaitTrue(Duration timeout, String what, BooleanSupplier condition)
            throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return;
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + timeout + ": " + what);
    }
}
