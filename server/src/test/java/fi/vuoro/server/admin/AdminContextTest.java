package fi.vuoro.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.site.SiteConfigurationChanged;
import fi.vuoro.server.system.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;

/**
 * One running server (demo profile, its own in-memory H2, a movable clock) shared by the admin and enrolment tests,
 * with a real HTTP client.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:admin-tests;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@Import({QueueTestSupport.Config.class, AdminContextTest.Events.class})
public abstract class AdminContextTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Events {

        @Bean
        Recorder adminEventRecorder() {
            return new Recorder();
        }
    }

    /** Records admin actions and configuration changes (what the audit log and clients will hear). */
    public static class Recorder {

        public final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AdminActionPerformed e) {
            events.add(e);
        }

        @EventListener
        void on(SiteConfigurationChanged e) {
            events.add(e);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    /**
     * A device name no other test in this shared context (and database) uses: pairing derives the device id from
     * the name, so a reused name would give the device another id ({@code name-2}) and tests would depend on their
     * order. The result is lower-case letters and digits after {@code prefix}, so the id is predictable.
     */
    protected static String uniqueName(String prefix) {
        return prefix + " " + RUN + "x" + NAMES.incrementAndGet();
    }

    /** The id pairing gives a new device called {@code name} when no device has that id yet. */
    protected static String idOf(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * The demo kiosk's and display's credentials are shared by every test of this context: no test may revoke,
     * rotate or re-pair them. Checked after each test, so the test that breaks them fails, not a later one.
     */
    @AfterEach
    void demoDevicesStillAuthenticate() {
        assertThat(http("GET", "/api/v1/devices/me", "Bearer " + DemoCredentials.KIOSK_TOKEN, null)
                        .statusCode())
                .as("the demo kiosk's token still works")
                .isEqualTo(200);
        assertThat(http("GET", "/api/v1/devices/me", "Bearer " + DemoCredentials.DISPLAY_TOKEN, null)
                        .statusCode())
                .as("the demo display's token still works")
                .isEqualTo(200);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A real HTTP call; {@code authorization} and {@code json} may be {@code null}. */
    protected HttpResponse<String> http(String method, String path, String authorization, String json) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Requests a pairing as a new kiosk would. Every test runs from 127.0.0.1, which the pairing throttle counts
     * as one address: moving the clock past the throttle window first keeps the tests independent.
     */
    protected HttpResponse<String> requestPairing(String type) {
        clock.advance(Duration.ofMinutes(11));
        return http("POST", "/api/v1/pairings", null, "{\"type\":\"" + type + "\"}");
    }
}
