package fi.vuoro.server.offline;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.queue.QueueTestSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same contract on PostgreSQL at {@code VUORO_TEST_POSTGRES_URL}; skipped without it (fails in CI). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import({QueueTestSupport.Config.class, FeedbackTestEvents.class})
class OfflineApiPostgresTest extends OfflineApiContract {

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
            registry.add(
                    "vuoro.queue.node-id",
                    () -> "offline-test-" + ProcessHandle.current().pid());
        }
    }
}
