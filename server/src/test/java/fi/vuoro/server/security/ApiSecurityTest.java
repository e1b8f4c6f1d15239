package fi.vuoro.server.security;

import static fi.vuoro.server.security.ApiHttp.basic;
import static fi.vuoro.server.security.ApiHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.demo.DemoCredentials;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The API filter chain over real HTTP with the demo credentials. An allowed request may still end in 404 (or a
 * real status once the controllers exist): the assertion is about the security decision, i.e. "not 401/403".
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:api-security;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class ApiSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviceRegistry devices;

    ApiHttp http;

    @BeforeEach
    void setUp() {
        http = new ApiHttp(port);
    }

    @Test
    void noCredentialsGets401ProblemDetails() {
        var response = http.send("GET", "/api/v1/sites/demo/queue", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).contains("Basic", "Bearer"));
        assertThat(response.body()).contains("\"status\":401", "\"title\":\"Unauthorized\"", "Bearer");
    }

    @Test
    void wrongPasswordUnknownUserAndGarbageGet401() {
        assertThat(http.send("GET", "/api/v1/sites/demo/queue", basic("reception", "wrong"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.send("GET", "/api/v1/sites/demo/queue", basic("nobody", "demo"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.send("GET", "/api/v1/sites/demo/queue", "Basic %%%not-base64")
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.send("GET", "/api/v1/sites/demo/queue", "Bearer ").statusCode())
                .isEqualTo(401);
    }

    static Stream<Arguments> decisions() {
        return Stream.of(
                // who, method, path, allowed
                Arguments.of("reception", "GET", "/api/v1/sites/demo/queue", true),
                Arguments.of("counter", "GET", "/api/v1/sites/demo/services", true),
                Arguments.of("admin", "GET", "/api/v1/sites/demo/counters", true),
                Arguments.of("counter", "GET", "/api/v1/tickets/t-1", true),
                Arguments.of("reception", "POST", "/api/v1/sites/demo/tickets", true),
                Arguments.of("admin", "POST", "/api/v1/sites/demo/tickets", true),
                Arguments.of("counter", "POST", "/api/v1/sites/demo/tickets", false),
                Arguments.of("counter", "POST", "/api/v1/counters/c-1/call-next", true),
                Arguments.of("reception", "POST", "/api/v1/counters/c-1/call-next", true),
                Arguments.of("counter", "POST", "/api/v1/tickets/t-1/recall", true),
                Arguments.of("reception", "POST", "/api/v1/tickets/t-1/transfer", true),
                Arguments.of("counter", "GET", "/actuator/metrics", false),
                Arguments.of("admin", "GET", "/actuator/metrics", true),
                // not listed in ApiAccessRules: closed to everyone but admin
                Arguments.of("reception", "DELETE", "/api/v1/sites/demo", false),
                Arguments.of("admin", "DELETE", "/api/v1/sites/demo", true));
    }

    @ParameterizedTest(name = "{0} {1} {2} allowed={3}")
    @MethodSource("decisions")
    void staffRolesDecide(String user, String method, String path, boolean allowed) {
        var status =
                http.send(method, path, basic(user, DemoCredentials.PASSWORD)).statusCode();

        assertDecision(status, allowed);
    }

    static Stream<Arguments> deviceDecisions() {
        return Stream.of(
                Arguments.of(DemoCredentials.KIOSK_TOKEN, "GET", "/api/v1/sites/demo/services", true),
                Arguments.of(DemoCredentials.KIOSK_TOKEN, "POST", "/api/v1/sites/demo/tickets", true),
                Arguments.of(DemoCredentials.KIOSK_TOKEN, "GET", "/api/v1/tickets/t-1", true),
                // a kiosk is bound to its own site
                Arguments.of(DemoCredentials.KIOSK_TOKEN, "POST", "/api/v1/sites/other/tickets", false),
                Arguments.of(DemoCredentials.KIOSK_TOKEN, "GET", "/api/v1/sites/other/queue", false),
                Arguments.of(DemoCredentials.KIOSK_TOKEN, "POST", "/api/v1/counters/c-1/call-next", false),
                Arguments.of(DemoCredentials.KIOSK_TOKEN, "POST", "/api/v1/tickets/t-1/complete", false),
                // displays get calls over STOMP, not whole tickets
                Arguments.of(DemoCredentials.DISPLAY_TOKEN, "GET", "/api/v1/sites/demo/queue", false),
                Arguments.of(DemoCredentials.DISPLAY_TOKEN, "GET", "/api/v1/sites/demo/services", true),
                Arguments.of(DemoCredentials.DISPLAY_TOKEN, "POST", "/api/v1/sites/demo/tickets", false));
    }

    @ParameterizedTest(name = "{1} {2} with {0} allowed={3}")
    @MethodSource("deviceDecisions")
    void deviceTokensDecide(String token, String method, String path, boolean allowed) {
        var status = http.send(method, path, bearer(token)).statusCode();

        assertDecision(status, allowed);
    }

    @Test
    void realEndpointsServeExactlyTheRolesThatMayUseThem() {
        var kiosk = bearer(DemoCredentials.KIOSK_TOKEN);
        var display = bearer(DemoCredentials.DISPLAY_TOKEN);
        var counter = basic("counter", DemoCredentials.PASSWORD);
        var reception = basic("reception", DemoCredentials.PASSWORD);
        var lab = "{\"serviceId\":\"lab\",\"language\":\"fi\"}";

        var issued = http.send("POST", "/api/v1/sites/demo/tickets", kiosk, lab);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(http.send("POST", "/api/v1/sites/demo/tickets", reception, lab)
                        .statusCode())
                .isEqualTo(201);
        assertThat(http.send("POST", "/api/v1/sites/demo/tickets", counter, lab).statusCode())
                .isEqualTo(403);
        assertThat(http.send("POST", "/api/v1/sites/demo/tickets", display, lab).statusCode())
                .isEqualTo(403);

        assertThat(http.send("GET", "/api/v1/sites/demo/queue", display).statusCode())
                .isEqualTo(403);
        assertThat(http.send("GET", "/api/v1/sites/demo/queue", kiosk).statusCode())
                .isEqualTo(200);
        assertThat(http.send("GET", "/api/v1/sites/demo/services", kiosk).statusCode())
                .isEqualTo(200);

        assertThat(http.send("POST", "/api/v1/counters/lab-1/call-next", kiosk).statusCode())
                .isEqualTo(403);
        var called = http.send("POST", "/api/v1/counters/lab-1/call-next", counter);
        assertThat(called.statusCode()).as(called.body()).isEqualTo(200);
        var ticketId = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(called.body())
                .get("id")
                .asString();
        assertThat(http.send("GET", "/api/v1/tickets/" + ticketId, display).statusCode())
                .isEqualTo(403);
        assertThat(http.send("GET", "/api/v1/tickets/" + ticketId, kiosk).statusCode())
                .isEqualTo(200);
        assertThat(http.send("POST", "/api/v1/tickets/" + ticketId + "/recall", kiosk)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.send("POST", "/api/v1/tickets/" + ticketId + "/recall", counter)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void unknownAndRevokedTokensGet401() {
        assertThat(http.send("GET", "/api/v1/sites/demo/queue", bearer("no-such-token"))
                        .statusCode())
                .isEqualTo(401);

        var token = DeviceTokens.issue();
        devices.registerIfAbsent("revoked-kiosk", "demo", DevicePrincipal.Kind.KIOSK, "To be revoked", token);
        assertDecision(
                http.send("GET", "/api/v1/sites/demo/queue", bearer(token)).statusCode(), true);

        devices.revoke("revoked-kiosk");

        var response = http.send("GET", "/api/v1/sites/demo/queue", bearer(token));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void onlyHashesAreStored() {
        var tokenHash = jdbc.sql("select token_hash from device where id = ?")
                .param(DemoCredentials.KIOSK_ID)
                .query(String.class)
                .single();
        assertThat(tokenHash)
                .hasSize(64)
                .isNotEqualTo(DemoCredentials.KIOSK_TOKEN)
                .isEqualTo(DeviceTokens.hash(DemoCredentials.KIOSK_TOKEN))
                .doesNotContain(DemoCredentials.KIOSK_TOKEN);

        var passwordHash = jdbc.sql("select password_hash from staff_user where username = 'reception'")
                .query(String.class)
                .single();
        assertThat(passwordHash).startsWith("{bcrypt}$2").doesNotContain(DemoCredentials.PASSWORD + "'");
        assertThat(passwordHash).isNotEqualTo("{noop}" + DemoCredentials.PASSWORD);
    }

    @Test
    void deviceAuthenticationRecordsLastSeen() {
        http.send("GET", "/api/v1/sites/demo/services", bearer(DemoCredentials.DISPLAY_TOKEN));

        assertThat(devices.find(DemoCredentials.DISPLAY_ID).orElseThrow().lastSeenAt())
                .isNotNull();
    }

    @Test
    void healthAndApiDescriptionArePublic() {
        assertThat(http.send("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", "/api/v1/openapi", null).statusCode()).isEqualTo(200);
    }

    @Test
    void browserPagesRedirectToLoginAndPostsNeedCsrf() {
        var page = http.send("GET", "/some-view", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        // Even with valid Basic credentials (not a browser-chain mechanism), a POST without a CSRF token is refused.
        assertThat(http.send("POST", "/logout", null).statusCode()).isEqualTo(403);
    }

    private static void assertDecision(int status, boolean allowed) {
        if (allowed) {
            assertThat(status).as("security lets the request through").isNotIn(401, 403);
        } else {
            assertThat(status).as("security refuses the request").isEqualTo(403);
        }
    }
}
