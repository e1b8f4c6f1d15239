package fi.vuoro.server.offline;

import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.system.TestPostgres;
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

    @BeforeAll
    static void requirePostgres() {
        TestPostgres.require();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "offline-test-");
    }
}
