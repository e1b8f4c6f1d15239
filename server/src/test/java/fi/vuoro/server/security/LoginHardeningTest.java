package fi.vuoro.server.security;

import static fi.vuoro.server.security.ApiHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.audit.AuditEntry;
import fi.vuoro.server.audit.AuditLog;
import fi.vuoro.server.audit.AuditQuery;
import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.system.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Login hardening over real HTTP and a real WebSocket: brute force throttled on every channel, a new session id at
 * login, the security headers and cookie flags, and the WebSocket origin check. Own context and clock, so the
 * locks it provokes touch no other test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:login-hardening;DB_CLOSE_DELAY=-1",
            "vuoro.security.login-throttle.free-attempts-per-user=5",
            "vuoro.security.login-throttle.first-lock=30s"
        })
@ActiveProfiles("demo")
@Import(QueueTestSupport.Config.class)
class LoginHardeningTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AuditLog audit;

    @Test
    void bruteForceIsRefusedEvenWithTheRightPasswordUntilTheBackOffPasses() throws Exception {
        var api = new ApiHttp(port);
        var right = basic("counter", DemoCredentials.PASSWORD);
        double failuresBefore = count("vuoro.login.failures");

        for (int i = 1; i <= 6; i++) {
            var wrong = api.send("GET", "/api/v1/sites/demo/queue", basic("counter", "guess-" + i));
            assertThat(wrong.statusCode()).as("wrong password #" + i).isEqualTo(401);
        }

        // Locked: the right password does not help, on any channel.
        var refused = api.send("GET", "/api/v1/sites/demo/queue", right);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 30L));
        assertThat(refused.body()).contains("\"status\":429", "Too many failed logins");

        var form = new BrowserHttp(port).login("counter", DemoCredentials.PASSWORD);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));

        assertThat(stompConnects(right)).as("STOMP CONNECT while locked").isFalse();

        // Other users are not affected by this user's lock.
        assertThat(api.send("GET", "/api/v1/sites/demo/queue", basic("reception", DemoCredentials.PASSWORD))
                        .statusCode())
                .isEqualTo(200);

        assertThat(count("vuoro.login.failures") - failuresBefore).isEqualTo(6);
        assertThat(count("vuoro.login.throttled")).isGreaterThanOrEqualTo(3);
        assertThat(audit.search(new AuditQuery("counter", null, null, null, 50)))
                .extracting(AuditEntry::action)
                .contains("LOGIN_FAILED", "LOGIN_THROTTLED");

        clock.advance(Duration.ofSeconds(31));
        assertThat(api.send("GET", "/api/v1/sites/demo/queue", right).statusCode())
                .isEqualTo(200);
        assertThat(stompConnects(right)).isTrue();
    }

    @Test
    void loginIssuesANewSessionIdAndLandsOnTheRolePage() {
        var browser = new BrowserHttp(port);
        browser.get("/login");
        var before = browser.sessionId();
        assertThat(before).as("the login page opens a session").isPresent();

        var response = browser.login("reception", DemoCredentials.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(URI.create(l).getPath()).isEqualTo("/"));
        assertThat(browser.sessionId()).isPresent().isNotEqualTo(before);
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAnError() {
        var response = new BrowserHttp(port).login("admin", "not-the-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void pagesCarryTheSecurityHeadersAndASafeSessionCookie() {
        var page = new BrowserHttp(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));

        var api = new ApiHttp(port).send("GET", "/actuator/health", null);
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(api.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void webSocketsFromAForeignOriginAreRefusedWhileClientsWithoutOriginConnect() throws Exception {
        var kiosk = "Bearer " + DemoCredentials.KIOSK_TOKEN;
        // A browser page on another site: refused at the handshake, before any credentials are looked at.
        var foreign = new WebSocketHttpHeaders();
        foreign.setOrigin("http://evil.example");
        assertThat(stompConnects(kiosk, foreign)).isFalse();
        // Same origin (a page served by Vuoro) is fine.
        var same = new WebSocketHttpHeaders();
        same.setOrigin("http://localhost:" + port);
        assertThat(stompConnects(kiosk, same)).isTrue();
        // The kiosk's Java STOMP client (StandardWebSocketClient) sends no Origin header: not a browser, allowed.
        assertThat(stompConnects(kiosk, new WebSocketHttpHeaders())).isTrue();
    }

    private boolean stompConnects(String authorization) throws InterruptedException {
        return stompConnects(authorization, new WebSocketHttpHeaders());
    }

    /** True when CONNECTED arrives; false when the handshake or CONNECT is refused. */
    private boolean stompConnects(String authorization, WebSocketHttpHeaders handshake) throws InterruptedException {
        var client = new WebSocketStompClient(new StandardWebSocketClient());
        var stomp = new StompHeaders();
        stomp.add("Authorization", authorization);
        try {
            StompSession session = client.connectAsync(
                            "ws://localhost:" + port + "/ws", handshake, stomp, new StompSessionHandlerAdapter() {})
                    .get(10, TimeUnit.SECONDS);
            session.disconnect();
            return true;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        } finally {
            client.stop();
        }
    }

    private double count(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
