package fi.vuoro.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fi.vuoro.server.system.TestH2;
import java.time.Clock;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Looking up a staff user (every HTTP Basic request does) needs one pooled connection, not one per nested query: with
 * the roles read from inside the user row's mapper, as many concurrent staff requests as the pool has connections
 * each held one and waited for a second until the pool timed out (found by the benchmark: 36 clients, pool of 10).
 * A pool of one connection makes that visible in a single call.
 */
class StaffUsersConnectionTest {

    HikariDataSource pool;
    StaffUsers users;

    @BeforeEach
    void migrate() {
        var config = new HikariConfig();
        config.setJdbcUrl(TestH2.migrated("staff"));
        config.setUsername(TestH2.USER);
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250); // Hikari's minimum: a second connection is refused at once
        pool = new HikariDataSource(config);
        users = new StaffUsers(
                JdbcClient.create(pool),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                new StaticListableBeanFactory().getBeanProvider(Clock.class));
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aUserAndTheirRolesAreReadOverOneConnection() {
        users.createIfAbsent(
                "clerk", "Counter Clerk", "long enough password", EnumSet.of(Role.COUNTER, Role.RECEPTION));
        users.createIfAbsent("nobody", "No Roles", "long enough password", EnumSet.noneOf(Role.class));

        var clerk = users.find("clerk").orElseThrow();
        assertThat(clerk.displayName()).isEqualTo("Counter Clerk");
        assertThat(clerk.roles()).containsExactlyInAnyOrder(Role.COUNTER, Role.RECEPTION);
        assertThat(clerk.enabled()).isTrue();
        assertThat(users.find("nobody").orElseThrow().roles()).isEmpty();
        assertThat(users.find("stranger")).isEmpty();
        assertThat(users.list()).extracting(StaffUser::username).containsExactly("clerk", "nobody");
    }
}
