package fi.vuoro.server.system;

import java.util.UUID;
import org.flywaydb.core.Flyway;

/** A fresh in-memory H2 database with every migration applied, for tests that need the schema but no Spring context. */
public final class TestH2 {

    public static final String USER = "sa";

    private TestH2() {}

    /** @return the JDBC URL of a new migrated database named after {@code prefix}; user {@link #USER}, no password */
    public static String migrated(String prefix) {
        String url = "jdbc:h2:mem:" + prefix + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, USER, "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        return url;
    }
}
