package fi.vuoro.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL at {@code VUORO_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:55432/vuoro_test?user=postgres},
 * as {@code .ci/postgres} starts one) for tests that run a contract there as well as on H2.
 */
public final class TestPostgres {

    public static final String URL = System.getenv("VUORO_TEST_POSTGRES_URL");

    private TestPostgres() {}

    /** Call from {@code @BeforeAll}: skips without a server, unless {@code VUORO_REQUIRE_TOOLS=true}, where it fails. */
    public static void require() {
        if (URL == null || URL.isBlank()) {
            assertThat(Boolean.parseBoolean(System.getenv("VUORO_REQUIRE_TOOLS")))
                    .as("VUORO_REQUIRE_TOOLS=true but VUORO_TEST_POSTGRES_URL is not set")
                    .isFalse();
            Assumptions.abort("PostgreSQL tests skipped: set VUORO_TEST_POSTGRES_URL to run them");
        }
    }

    /**
     * Call from {@code @DynamicPropertySource}: points the context at the server. The node id is unique per process
     * (test sites get ids from it), so repeated runs against one database do not collide.
     */
    public static void register(DynamicPropertyRegistry registry, String nodeIdPrefix) {
        if (URL != null && !URL.isBlank()) {
            registry.add("spring.datasource.url", () -> URL);
            registry.add("spring.datasource.username", () -> "");
            registry.add("spring.datasource.password", () -> "");
            registry.add(
                    "vuoro.queue.node-id",
                    () -> nodeIdPrefix + ProcessHandle.current().pid());
        }
    }
}
