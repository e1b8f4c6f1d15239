package fi.vuoro.server.security;

import static fi.vuoro.server.security.ApiHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * First start without the demo profile: no staff user is invented, nobody can log in, and an administrator appears
 * only from a configured or typed password. The methods build on each other, hence the order.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:admin-bootstrap;DB_CLOSE_DELAY=-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminBootstrapTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffUsers users;

    @Test
    @Order(1)
    void withoutPasswordNoUserIsInventedAndNobodyLogsIn() {
        assertThat(jdbc.sql("select count(*) from staff_user").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from device").query(Long.class).single())
                .isZero();
        for (var user : new String[] {"admin", "user", "reception"}) {
            assertThat(new ApiHttp(port)
                            .send("GET", "/api/v1/sites/demo/queue", basic(user, "demo"))
                            .statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    @Order(2)
    void tooShortConfiguredPasswordIsRefused() {
        bootstrap("short", Optional.empty());

        assertThat(users.countEnabledAdmins()).isZero();
    }

    @Test
    @Order(3)
    void typedPasswordCreatesTheAdministrator() {
        bootstrap(null, Optional.of("typed-at-the-console".toCharArray()));

        assertThat(users.countEnabledAdmins()).isEqualTo(1);
        var http = new ApiHttp(port);
        assertThat(http.send("GET", "/actuator/metrics", basic("admin", "typed-at-the-console"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.send("GET", "/actuator/metrics", basic("admin", "other-password"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    @Order(4)
    void configuredPasswordIsIgnoredOnceAnAdministratorExists() {
        bootstrap("configured-password-123", Optional.empty());

        assertThat(new ApiHttp(port)
                        .send("GET", "/actuator/metrics", basic("admin", "configured-password-123"))
                        .statusCode())
                .isEqualTo(401);
    }

    private void bootstrap(String configured, Optional<char[]> typed) {
        // Stands in for the operator at a terminal, which a test run does not have.
        var console = new PasswordPrompt() {
            @Override
            Optional<char[]> askNewPassword(String username, int minLength) {
                return typed;
            }
        };
        new AdminBootstrap(users, new BootstrapProperties("admin", configured), console).run(null);
    }
}
