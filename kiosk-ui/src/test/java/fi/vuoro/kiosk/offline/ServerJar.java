package fi.vuoro.kiosk.offline;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;

/**
 * The real server jar in its own JVM (as {@code ServerQueueGatewayTest} runs it), on a fixed port and data
 * directory so it can be killed and started again where it was. Skips when the jar is not built, fails then under
 * {@code VUORO_REQUIRE_TOOLS=true}.
 */
final class ServerJar {

    final int port;
    final Path dataDir;
    private final Path jar;
    private Process process;
    private int starts;

    ServerJar(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.jar = Path.of(System.getProperty("vuoro.server.jar", "../server/target/missing.jar"));
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    void requireBuilt() {
        if (!Files.isRegularFile(jar)) {
            var message = "server jar not built (" + jar + "): run the reactor build, e.g. mvn -pl server -am package";
            if ("true".equals(System.getenv("VUORO_REQUIRE_TOOLS"))) throw new IllegalStateException(message);
            Assumptions.abort(message);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws Exception {
        starts++;
        var log = dataDir.resolve("server-" + starts + ".log");
        process = new ProcessBuilder(List.of(
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
                .redirectOutput(log.toFile())
                .start();
        var http = HttpClient.newHttpClient();
        // Generous: two shared cores under load start the server in about a minute.
        await(Duration.ofMinutes(4), "server healthy; see " + log, () -> {
            if (!process.isAlive()) throw new IllegalStateException("server exited; see " + log);
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

    /** SIGKILL: no orderly shutdown, like a pulled plug on the server's side of the network. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .header("Authorization", authorization)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String authorization, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .header("Authorization", authorization)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return;
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + timeout + ": " + what);
    }
}
