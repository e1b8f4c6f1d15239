package fi.vuoro.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.ServerProcess;
import fi.vuoro.server.queue.Http.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpMethod;

/**
 * Starts the real server as a separate JVM, issues tickets concurrently over HTTP, kills it with SIGKILL
 * ({@link Process#destroyForcibly()}) mid-load, restarts it on the same data directory and checks that every ticket
 * acknowledged with 201 is still there with its number, and that no number is ever issued twice.
 */
class ServerKilledMidLoadTest {

    private static final String KIOSK = "Bearer demo-kiosk";
    private static final List<String> SERVICES = List.of("gp", "lab", "vacc", "desk");

    @Test
    void acknowledgedTicketsSurviveKillMinus9AndNumbersNeverRepeat(@TempDir Path dataDir) throws Exception {
        int port = ServerProcess.freePort();
        Http http = new Http(port);

        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id -> service:number
        ServerProcess first = ServerProcess.start(dataDir, port, "first", List.of());
        try {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger sent = new AtomicInteger();
            try (ExecutorService load = Executors.newFixedThreadPool(4)) {
                for (int w = 0; w < 4; w++) {
                    int worker = w;
                    load.submit(() -> {
                        while (running.get()) {
                            String service = SERVICES.get(sent.incrementAndGet() % SERVICES.size());
                            try {
                                Response r = http.post(
                                        "/api/v1/sites/demo/tickets",
                                        KIOSK,
                                        "{\"serviceId\":\"" + service + "\",\"idempotencyKey\":\"w" + worker + "-"
                                                + sent.get() + "\"}");
                                if (r.status() == 201) {
                                    acknowledged.put(
                                            r.json().get("id").asString(),
                                            service + ":"
                                                    + r.json().get("number").asString());
                                }
                            } catch (RuntimeException connectionLost) {
                                // Expected once the server is killed: such a request was never acknowledged.
                            }
                        }
                    });
                }
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                while (acknowledged.size() < 40 && Instant.now().isBefore(deadline)) {
                    Thread.sleep(20);
                }
                first.kill();
                running.set(false);
            }
        } finally {
            first.kill();
        }
        System.out.printf("Killed the server with SIGKILL after %d acknowledged tickets%n", acknowledged.size());
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
        assertThat(new HashSet<>(acknowledged.values())).hasSameSizeAs(acknowledged.values());

        try (ServerProcess second = ServerProcess.start(dataDir, port, "second", List.of())) {
            for (var e : acknowledged.entrySet()) {
                Response r = http.get("/api/v1/tickets/" + e.getKey(), KIOSK);
                assertThat(r.status())
                        .as("acknowledged ticket %s after kill -9", e.getValue())
                        .isEqualTo(200);
                assertThat(r.json().get("serviceId").asString() + ":"
                                + r.json().get("number").asString())
                        .isEqualTo(e.getValue());
            }
            Set<String> all = new HashSet<>(acknowledged.values());
            for (int i = 0; i < 8; i++) {
                String service = SERVICES.get(i % SERVICES.size());
                Response r = http.send(
                        HttpMethod.POST,
                        "/api/v1/sites/demo/tickets",
                        KIOSK,
                        "{\"serviceId\":\"" + service + "\"}",
                        "application/json",
                        null);
                assertThat(r.status()).isEqualTo(201);
                assertThat(all.add(service + ":" + r.json().get("number").asString()))
                        .as("number %s issued twice", r.json().get("number").asString())
                        .isTrue();
            }
        }
    }
}
