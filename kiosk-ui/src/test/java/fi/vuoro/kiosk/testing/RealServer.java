package fi.vuoro.kiosk.testing;

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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;

/**
 * The real server jar (built by the reactor's {@code server} module) in its own JVM with the demo profile, for
 * kiosk tests that need the real thing. Skips when the jar is missing; fails then under VUORO_REQUIRE_TOOLS=true.
 */
public final class RealServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final Path log;

    private RealServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static RealServer start(Path dataDir) throws Exception {
        var jar = Path.of(System.getProperty("vuoro.server.jar", "../server/target/missing.jar"));
        if (!Files.isRegularFile(jar)) {
            var message = "server jar not built (" + jar + "): run the reactor build, e.g. mvn -pl server -am package";
            if ("true".equals(System.getenv("VUORO_REQUIRE_TOOLS"))) throw new IllegalStateException(message);
            Assumptions.abort(message);
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var log = dataDir.resolve("server.log");
        var process = new ProcessBuilder(List.of(
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
        var server = new RealServer(process, port, log);
        // Generous: two shared cores under load start the server in about a minute.
        awaitTrue(Duration.ofMinutes(4), "server healthy; see " + log, () -> {
            if (!process.isAlive()) throw new IllegalStateException("server exited; see " + log);
            try {
                return HTTP.send(
                                        HttpRequest.newBuilder(URI.create(server.url() + "/actuator/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException | InterruptedException notYet) {
                return false;
            }
        });
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A GET with the demo counter user (staff may read any ticket). */
    public HttpResponse<String> getAsStaff(String path) throws IOException, InterruptedException {
        var auth = "Basic " + Base64.getEncoder().encodeToString("counter:demo".getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url() + path))
                        .header("Authorization", auth)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    public static void awaitTrue(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return;
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + timeout + ": " + what);
    }
}
