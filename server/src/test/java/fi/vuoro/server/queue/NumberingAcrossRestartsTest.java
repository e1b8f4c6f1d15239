package fi.vuoro.server.queue;

import static fi.vuoro.server.queue.QueueTestSupport.walkIn;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.VuoroServer;
import fi.vuoro.server.site.SiteDirectory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Restarts the whole application on one H2 directory: numbers continue after a clean restart, and after an unclean
 * one they skip ahead by the configured gap, so a number whose commit H2 lost is never issued again.
 */
class NumberingAcrossRestartsTest {

    private static final int GAP = 50;

    @Test
    void numbersContinueAfterCleanRestartAndSkipAheadAfterUncleanStop(@TempDir Path dataDir) throws Exception {
        List<String> issued = new ArrayList<>();
        String site;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            site = QueueTestSupport.newSite(first.getBean(SiteDirectory.class));
            for (int i = 0; i < 3; i++) {
                issued.add(first.getBean(QueueCommands.class)
                        .issue(walkIn(site, "gp"))
                        .number());
            }
        }
        assertThat(issued).containsExactly("A001", "A002", "A003");

        try (ConfigurableApplicationContext second = start(dataDir)) {
            issued.add(second.getBean(QueueCommands.class)
                    .issue(walkIn(site, "gp"))
                    .number());
        }
        assertThat(issued.getLast()).isEqualTo("A004");

        // Simulate what a power loss leaves behind: the node never recorded a clean stop, and the last second of
        // commits (ticket A004 and its number allocation) is gone although A004 was already printed.
        try (Connection db = DriverManager.getConnection(h2Url(dataDir), "vuoro", "");
                Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE node_run SET running = TRUE");
            sql.executeUpdate(
                    "DELETE FROM visit_history WHERE ticket_id IN (SELECT id FROM ticket WHERE number = 'A004')");
            sql.executeUpdate("DELETE FROM ticket WHERE number = 'A004'");
            sql.executeUpdate("UPDATE number_counter SET last_value = last_value - 1");
        }

        try (ConfigurableApplicationContext third = start(dataDir)) {
            String next =
                    third.getBean(QueueCommands.class).issue(walkIn(site, "gp")).number();
            assertThat(issued).doesNotContain(next);
            assertThat(next).isEqualTo(String.format("A%03d", 3 + GAP + 1));
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments, not default properties: they must win over application.yml.
        return new SpringApplicationBuilder(VuoroServer.class)
                .run(
                        "--vuoro.data-dir=" + dataDir,
                        "--server.port=0",
                        "--vuoro.queue.unclean-start-gap=" + GAP,
                        "--spring.main.banner-mode=off");
    }

    private static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir + "/vuoro";
    }
}
