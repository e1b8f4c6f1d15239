package fi.vuoro.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same engine contract on PostgreSQL, when one is reachable at {@code VUORO_TEST_POSTGRES_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:55432/vuoro_test?user=postgres}). Skipped without it, unless
 * {@code VUORO_REQUIRE_TOOLS=true}, where a missing server fails the build.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@Import(QueueTestSupport.Config.class)
class QueueEnginePostgresTest extends QueueEngineContract {

    static final String URL = System.getenv("VUORO_TEST_POSTGRES_URL");

    @BeforeAll
    static void requirePostgres() {
        if (URL == null || URL.isBlank()) {
            assertThat(Boolean.parseBoolean(System.getenv("VUORO_REQUIRE_TOOLS")))
                    .as("VUORO_REQUIRE_TOOLS=true but VUORO_TEST_POSTGRES_URL is not set")
                    .isFalse();
            Assumptions.abort("PostgreSQL tests skipped: set VUORO_TEST_POSTGRES_URL to run them");
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (URL != null && !URL.isBlank()) {
            registry.add("spring.datasource.url", () -> URL);
            registry.add("spring.datasource.username", () -> "");
            registry.add("spring.datasource.password", () -> "");
            // Test sites get unique ids, so repeated runs against one database do not collide.
            registry.add(
                    "vuoro.queue.node-id",
                    () -> "test-" + ProcessHandle.current().pid());
        }
    }
}
