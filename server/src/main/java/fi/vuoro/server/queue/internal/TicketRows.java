package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.site.WorkProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** JDBC access to tickets. Column names in {@link #update} come from code, never from input. */
@Component
class TicketRows {

    /*
     * The queries the engine runs under the site's lock, with their parameters as the statements below take them.
     * Each is written so that H2 picks the right index even for a statement first prepared on an empty table (H2
     * keeps a connection's plan until its statistics change): TicketIndexPlanTest checks the plans on an empty and a
     * filled table.
     */

    /**
     * The first ticket of one line (site, service, priority class). ORDER BY names the whole index
     * ticket_waiting_line, the equality-bound columns too: only then does H2 read the line's head from the index
     * ("index sorted") instead of sorting every waiting ticket of the service (engine benchmark, 25,000 waiting:
     * call-next + complete 47 → 3.8 ms CPU per operation).
     */
    static final String LINE_HEAD = """
            SELECT * FROM ticket WHERE site_id = ? AND status = 'WAITING' AND service_id = ?
            AND priority = ? AND target_counter_id IS NULL
            ORDER BY site_id, status, service_id, priority, queued_at, id
            FETCH FIRST 1 ROWS ONLY""";

    /** A service's waiting appointments (placed by appointment time, not by arrival): in index order too. */
    static final String APPOINTMENTS = """
            SELECT * FROM ticket WHERE site_id = ? AND status = 'WAITING' AND service_id = ?
            AND priority = 'APPOINTMENT' AND target_counter_id IS NULL
            ORDER BY site_id, status, service_id, priority, queued_at, id""";

    /** Tickets reserved for one counter (transfer to a counter, return after parking). */
    static final String RESERVED_FOR_COUNTER =
            "SELECT * FROM ticket WHERE target_counter_id = ? AND status = 'WAITING'";

    /** The site's open tickets (index ticket_status_site: the status list first, then the site). */
    static final String OPEN =
            "SELECT * FROM ticket WHERE site_id = ? AND status IN ('WAITING', 'CALLED', 'SERVING', 'PARKED')";

    /** Open tickets housekeeping may close: the status list lets it use ticket_status_site, not every ticket. */
    static final String DUE_FOR_HOUSEKEEPING = """
            SELECT * FROM ticket WHERE site_id = ? AND status IN ('CALLED', 'WAITING', 'SERVING', 'PARKED')
            AND (status = 'CALLED' OR business_day < ?)""";

    private final JdbcClient jdbc;

    TicketRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TicketRow> find(String id) {
        return jdbc.sql("SELECT * FROM ticket WHERE id = ?")
                .param(id)
                .query(TicketRows::map)
                .optional();
    }

    Optional<TicketRow> byIdempotencyKey(String siteId, String key) {
        return jdbc.sql("SELECT * FROM ticket WHERE site_id = ? AND idempotency_key = ?")
                .params(siteId, key)
                .query(TicketRows::map)
                .optional();
    }

    List<TicketRow> open(String siteId) {
        return jdbc.sql(OPEN).param(siteId).query(TicketRows::map).list();
    }

    /**
     * The tickets a counter's call can choose from: per service it serves and priority class the first in line
     * (index {@code ticket_waiting_line}), plus every appointment and every ticket reserved for this counter (both
     * few). The policy's choice among all waiting tickets is always one of these.
     */
    List<TicketRow> callCandidates(String siteId, String counterId, WorkProfile profile) {
        List<TicketRow> candidates = new ArrayList<>();
        for (WorkProfile.Entry entry : profile.entries()) {
            for (PriorityClass priority : List.of(PriorityClass.URGENT, PriorityClass.PRIORITY, PriorityClass.NORMAL)) {
                jdbc.sql(LINE_HEAD)
                        .params(siteId, entry.serviceId(), priority.name())
                        .query(TicketRows::map)
                        .optional()
                        .ifPresent(candidates::add);
            }
            candidates.addAll(jdbc.sql(APPOINTMENTS)
                    .params(siteId, entry.serviceId())
                    .query(TicketRows::map)
                    .list());
        }
        candidates.addAll(jdbc.sql(RESERVED_FOR_COUNTER)
                .param(counterId)
                .query(TicketRows::map)
                .list());
        return candidates;
    }

    /** Open tickets housekeeping may have to close: from an earlier business day, or called. */
    List<TicketRow> dueForHousekeeping(String siteId, LocalDate today) {
        return jdbc.sql(DUE_FOR_HOUSEKEEPING)
                .params(siteId, today)
                .query(TicketRows::map)
                .list();
    }

    List<TicketRow> ofVisit(String visitId) {
        return jdbc.sql("SELECT * FROM ticket WHERE visit_id = ? ORDER BY issued_at, id")
                .param(visitId)
                .query(TicketRows::map)
                .list();
    }

    void insert(TicketRow t) {
        jdbc.sql("""
                INSERT INTO ticket (id, visit_id, site_id, service_id, number, business_day, status, priority,
                priority_reason, language, issued_at, queued_at, appointment_reference, appointment_at,
                target_counter_id, counter_id, called_at, started_at, ended_at, recall_count, outcome, end_reason,
                idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        t.id(),
                        t.visitId(),
                        t.siteId(),
                        t.serviceId(),
                        t.number(),
                        t.businessDay(),
                        t.status().name(),
                        t.priority().name(),
                        t.priorityReason().name(),
                        t.language(),
                        ts(t.issuedAt()),
                        ts(t.queuedAt()),
                        t.appointmentReference(),
                        ts(t.appointmentAt()),
                        t.targetCounterId(),
                        t.counterId(),
                        ts(t.calledAt()),
                        ts(t.startedAt()),
                        ts(t.endedAt()),
                        t.recallCount(),
                        t.outcome(),
                        t.endReason(),
                        t.idempotencyKey())
                .update();
    }

    /**
     * Conditional update: changes the row only if it is still in {@code expected}. This is what keeps two counters
     * from claiming one ticket even if the site lock were ever bypassed.
     *
     * @return whether the row was changed
     */
    boolean update(String id, TicketStatus expected, Map<String, Object> columns) {
        Map<String, Object> values = new LinkedHashMap<>(columns);
        String set = values.keySet().stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>();
        values.values()
                .forEach(v -> params.add(v instanceof Instant i ? ts(i) : v instanceof Enum<?> e ? e.name() : v));
        params.add(id);
        params.add(expected.name());
        return jdbc.sql("UPDATE ticket SET " + set + " WHERE id = ? AND status = ?")
                        .params(params)
                        .update()
                == 1;
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static TicketRow map(ResultSet rs, int row) throws SQLException {
        return new TicketRow(
                rs.getString("id"),
                rs.getString("visit_id"),
                rs.getString("site_id"),
                rs.getString("service_id"),
                rs.getString("number"),
                rs.getObject("business_day", LocalDate.class),
                TicketStatus.valueOf(rs.getString("status")),
                PriorityClass.valueOf(rs.getString("priority")),
                PriorityReason.valueOf(rs.getString("priority_reason")),
                rs.getString("language"),
                instant(rs, "issued_at"),
                instant(rs, "queued_at"),
                rs.getString("appointment_reference"),
                instant(rs, "appointment_at"),
                rs.getString("target_counter_id"),
                rs.getString("counter_id"),
                instant(rs, "called_at"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                rs.getInt("recall_count"),
                rs.getString("outcome"),
                rs.getString("end_reason"),
                rs.getString("idempotency_key"));
    }
}
