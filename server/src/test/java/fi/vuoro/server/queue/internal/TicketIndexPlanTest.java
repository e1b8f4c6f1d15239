package fi.vuoro.server.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.system.TestH2;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queries the queue engine runs under the site's lock use the index they were written for, on H2 with the real
 * migrations: when first prepared on an empty table (H2 keeps a connection's plan until the table's statistics
 * change, so a fresh installation lives with these plans for a long time) and on a filled one. A wrong choice does
 * not fail anything else: call-next just reads every waiting ticket of the site instead of one row per line.
 */
class TicketIndexPlanTest {

    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        db = DriverManager.getConnection(TestH2.migrated("plans"), TestH2.USER, "");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void emptyTicketTable() throws SQLException {
        assertPlans();
    }

    @Test
    void filledTicketTable() throws SQLException {
        fill(4_000);
        try (var s = db.createStatement()) {
            s.execute("ANALYZE");
        }
        assertPlans();
        // The line's head is one index entry away, however many wait.
        assertThat(plan("EXPLAIN ANALYZE " + TicketRows.LINE_HEAD, "demo", "gp", "NORMAL"))
                .contains("scanCount: 1 ");
    }

    private void assertPlans() throws SQLException {
        assertThat(plan(TicketRows.LINE_HEAD, "demo", "gp", "NORMAL"))
                .contains("TICKET_WAITING_LINE")
                .contains("/* index sorted */");
        assertThat(plan(TicketRows.APPOINTMENTS, "demo", "gp")).contains("TICKET_WAITING_LINE");
        assertThat(plan(TicketRows.RESERVED_FOR_COUNTER, "room-1")).contains("TICKET_TARGET_COUNTER");
        assertThat(plan(TicketRows.OPEN, "demo")).contains("TICKET_STATUS_SITE");
        assertThat(plan(TicketRows.DUE_FOR_HOUSEKEEPING, "demo", LocalDate.of(2026, 11, 23)))
                .contains("TICKET_STATUS_SITE");
        assertThat(plan(TicketLookups.TODAY_BY_NUMBER, "demo", LocalDate.of(2026, 11, 23), "A001"))
                .contains("TICKET_DAY_NUMBER");
    }

    private String plan(String sql, Object... params) throws SQLException {
        try (var statement = db.prepareStatement(sql.startsWith("EXPLAIN") ? sql : "EXPLAIN " + sql)) {
            for (int i = 0; i < params.length; i++) statement.setObject(i + 1, params[i]);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1).replaceAll("\\s+", " ");
            }
        }
    }

    /** Waiting, called and finished tickets of several services and classes, as a busy day leaves them. */
    private void fill(int tickets) throws SQLException {
        String[] services = {"gp", "lab", "vacc", "desk"};
        String[] statuses = {"WAITING", "WAITING", "DONE", "CANCELLED", "CALLED"};
        String[] classes = {"NORMAL", "NORMAL", "NORMAL", "PRIORITY", "APPOINTMENT"};
        try (var s = db.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
        try (var insert = db.prepareStatement("""
                INSERT INTO ticket (id, visit_id, site_id, service_id, number, business_day, status, priority,
                priority_reason, language, issued_at, queued_at)
                VALUES (?, ?, 'demo', ?, ?, DATE '2026-11-23', ?, ?, 'NONE', 'fi', ?, ?)""")) {
            var opening = java.time.OffsetDateTime.parse("2026-11-23T08:00:00Z");
            for (int i = 0; i < tickets; i++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, services[i % services.length]);
                insert.setString(4, "A" + i);
                insert.setString(5, statuses[i % statuses.length]);
                insert.setString(6, classes[i % classes.length]);
                insert.setObject(7, opening.plusSeconds(i));
                insert.setObject(8, opening.plusSeconds(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var s = db.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
    }
}
