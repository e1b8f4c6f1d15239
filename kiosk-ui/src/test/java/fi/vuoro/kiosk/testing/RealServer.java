package fi.vuoro.kiosk.testing;

import java.io.IOException;
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

/**
 * The real server jar (built by the reactor's {@code server} module) in its own JVM with the demo profile, for
 * kiosk tests that need the real thing (exactly what ships; the server's own Vaadin bundle and configuration stay
 * out of the kiosk's class path). One free port and one data directory for its whole life, so it can be killed and
 * started again where it was. Skips when the jar is missing; fails then under {@code VUORO_REQUIRE_TOOLS=true}.
 */
public final class RealServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String STAFF =
            "Basic " + Base64.getEncoder().encodeToString("counter:demo".getBytes(StandardCharsets.UTF_8));

    private final Path jar = Path.of(System.getProperty("vuoro.server.jar", "../server/target/missing.jar"));
    private final Path dataDir;
    private final int port;
    private Process process;
    private int starts;

    /** Picks the port; does not start the server yet (see {@link #start()}). */
    public RealServer(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.port = JavaProcess.freePort();
    }

    /** A new server on a free port, started and healthy. */
    public static RealServer start(Path dataDir) throws Exception {
        var server = new RealServer(dataDir);
        server.start();
        return server;
    }

    /** Skips (or fails under {@code VUORO_REQUIRE_TOOLS=true}) when the jar has not been built. */
    public void requireBuilt() {
        RequiredTools.assumeServerJar(jar);
    }

    /** Starts the server (again) on its port and data directory and waits until it is healthy. */
    public void start() throws IOException, InterruptedException {
        requireBuilt();
        starts++;
        // Generous: two shared cores under load start the server in about a minute.
        process = JavaProcess.start(
                "server",
                List.of(
                        "-Xmx384m",
                        "--enable-native-access=ALL-UNNAMED",
                        // Its temporary files (Tomcat's) go with the data directory, even when it was killed.
                        "-Djava.io.tmpdir=" + Files.createDirectories(dataDir.resolve("tmp"))),
                jar,
                List.of(
                        "--server.port=" + port,
                        "--vuoro.data-dir=" + dataDir,
                        "--spring.profiles.active=demo",
                        "--logging.level.root=WARN"),
                dataDir.resolve("server-" + starts + ".log"),
                url() + "/actuator/health",
                Duration.ofMinutes(4));
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A GET with the demo counter user (staff may read any ticket). */
    public HttpResponse<String> getAsStaff(String path) throws IOException, InterruptedException {
        return get(path, STAFF);
    }

    public HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url() + path))
                        .header("Authorization", authorization)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, String authorization, String json)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url() + path))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** SIGKILL: no orderly shutdown, like a pulled plug on the server's side of the network. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** An orderly shutdown (SIGTERM), forced after 20 s. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
