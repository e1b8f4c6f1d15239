package fi.vuoro.server.lobby;

import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.MutableClock;
import fi.vuoro.server.system.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link GreetListRaceTest}'s scenario on PostgreSQL, where a failed statement ends the whole transaction unless it
 * was behind a savepoint: the losing first insert must not take the caller's transaction down with it. Skipped
 * without a server at {@code VUORO_TEST_POSTGRES_URL}, unless {@code VUORO_REQUIRE_TOOLS=true}.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@Import(QueueTestSupport.Config.class)
class GreetListRacePostgresTest {

    @Autowired
    QueueCommands commands;

    @Autowired
    SiteDirectory directory;

    @Autowired
    MutableClock clock;

    @Autowired
    GreetList greetList;

    @BeforeAll
    static void requirePostgres() {
        TestPostgres.require();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "lobby-");
    }

    @Test
    void reasonsAddedAtOnceAllLandInTheVisitsOneEntry() {
        GreetListRaceTest.reasonsAddedAtOnceAllLandInTheVisitsOneEntry(commands, directory, clock, greetList);
    }
}
