package fi.vuoro.server.admin;

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

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

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
