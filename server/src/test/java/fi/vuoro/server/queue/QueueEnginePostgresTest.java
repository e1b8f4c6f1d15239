package fi.vuoro.server.queue;

import fi.vuoro.server.system.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same engine contract on PostgreSQL, when one is reachable at {@code VUORO_TEST_POSTGRES_URL}. Skipped without
 * it, unless {@code VUORO_REQUIRE_TOOLS=true}, where a missing server fails the build.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@Import(QueueTestSupport.Config.class)
class QueueEnginePostgresTest extends QueueEngineContract {

    @BeforeAll
    static void requirePostgres() {
        TestPostgres.require();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "test-");
    }
}
