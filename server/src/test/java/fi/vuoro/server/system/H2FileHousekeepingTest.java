package fi.vuoro.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * The embedded database under the server's settings (every commit written at once), churned the way a queue churns
 * it: each small transaction adds a row, moves one of the last few hundred on and appends a history line. Without
 * housekeeping the file keeps every chunk that still holds a live page (measured: 56 MB for about 5 MB of rows);
 * with it, the file stays a fraction of that size (8 MB) and every row is intact.
 */
class H2FileHousekeepingTest {

    private static final int COMMITS = 12_000;

    @TempDir
    Path dir;

    @Test
    void keepsTheFileFromGrowingWithEveryCommit() throws Exception {
        long without = churn(dir.resolve("without"), false);
        long with = churn(dir.resolve("with"), true);

        assertThat(without).as("file without housekeeping").isGreaterThan(20L << 20);
        assertThat(with)
                .as("file with housekeeping, against %,d bytes without", without)
                .isLessThan(without / 4);
    }

    @Test
    void leavesOtherDatabasesAlone() throws Exception {
        var memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:housekeeping-test");
        assertThat(housekeeping(memory).runOnce()).isFalse();
    }

    /** The file's size after the churn; checks that every row has all its updates. */
    private long churn(Path directory, boolean housekeeping) throws SQLException, IOException {
        var dataSource = new JdbcDataSource();
        // The server's settings, plus no retention of freed chunks: H2 keeps them 45 s for the operating system's
        // write-back, longer than this test runs, and the difference to measure is the chunks that are never freed.
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0");
        var keeper = housekeeping(dataSource);
        var random = new Random(42);
        // The connection stays open throughout: closing the last one would close the database, which compacts.
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("CREATE TABLE t (id BIGINT PRIMARY KEY, status INT, v VARCHAR(200))");
            c.createStatement().execute("CREATE INDEX t_status ON t (status, id)");
            c.createStatement()
                    .execute("CREATE TABLE h (id BIGINT AUTO_INCREMENT PRIMARY KEY, t BIGINT, v VARCHAR(200))");
            c.createStatement().execute("CREATE INDEX h_t ON h (t)");
            c.setAutoCommit(false);
            // Like a queue: every change adds a ticket and moves one of the last few hundred on, with a history line.
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, 0, ?)");
                    PreparedStatement update = c.prepareStatement("UPDATE t SET status = status + 1 WHERE id = ?");
                    PreparedStatement history = c.prepareStatement("INSERT INTO h (t, v) VALUES (?, ?)")) {
                for (int i = 1; i <= COMMITS; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, text(random));
                    insert.executeUpdate();
                    long moved = Math.max(1, i - random.nextInt(300));
                    update.setLong(1, moved);
                    update.executeUpdate();
                    history.setLong(1, moved);
                    history.setString(2, text(random));
                    history.executeUpdate();
                    c.commit();
                    if (housekeeping && i % 200 == 0) {
                        assertThat(keeper.runOnce()).isTrue();
                    }
                }
            }
            var rows = c.createStatement().executeQuery("SELECT COUNT(*), SUM(status) FROM t");
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(COMMITS);
            assertThat(rows.getLong(2)).isEqualTo(COMMITS);
            return Files.size(directory.resolve("db.mv.db"));
        }
    }

    private static H2FileHousekeeping housekeeping(JdbcDataSource dataSource) {
        return new H2FileHousekeeping(dataSource, new SimpleMeterRegistry(), 60, DataSize.ofMegabytes(4));
    }

    private static String text(Random random) {
        var s = new StringBuilder(150);
        for (int i = 0; i < 150; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
