package fi.vuoro.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail in table {@code audit_event}: append, search, stream for export, and age out. */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Records an action now. Over-long values are cut to the column sizes rather than failing the action. */
    public void record(
            String actor,
            String action,
            String siteId,
            String visitId,
            String ticketId,
            String target,
            String details) {
        record(clock.instant(), actor, action, siteId, visitId, ticketId, target, details);
    }

    public void record(
            Instant at,
            String actor,
            String action,
            String siteId,
            String visitId,
            String ticketId,
            String target,
            String details) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, site_id, visit_id, ticket_id, target, details)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        at.atOffset(ZoneOffset.UTC),
                        cut(actor == null ? "unknown" : actor, 100),
                        cut(action, 60),
                        cut(siteId, 40),
                        cut(visitId, 36),
                        cut(ticketId, 36),
                        cut(target, 200),
                        cut(details, 1000))
                .update();
    }

    /** Newest first, at most {@code query.limit()} entries. */
    public List<AuditEntry> search(AuditQuery query) {
        var result = new ArrayList<AuditEntry>();
        stream(query, false, entry -> {
            if (result.size() < query.limit()) {
                result.add(entry);
            }
        });
        return result;
    }

    /** Oldest first, one row at a time (an export of a year must not sit in memory at once). */
    public void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
        stream(query, true, consumer);
    }

    /** Removes entries older than {@code cutoff}; returns how many. */
    public int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("delete from audit_event where occurred_at < ?")
                .param(cutoff.atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * Drops the visitor side of entries older than {@code cutoff}: the visit and ticket ids, and the details of a
     * raised priority (its reason may be a medical need). Who did what and when stays, with the ticket number, until
     * {@link #deleteOlderThan}. Returns how many entries changed.
     */
    public int forgetVisitorsBefore(Instant cutoff) {
        return jdbc.sql("update audit_event set visit_id = null, ticket_id = null,"
                        + " details = case when action = 'PRIORITY_RAISED' then null else details end"
                        + " where occurred_at < ? and (visit_id is not null or ticket_id is not null)")
                .param(cutoff.atOffset(ZoneOffset.UTC))
                .update();
    }

    private void stream(AuditQuery query, boolean oldestFirst, Consumer<AuditEntry> consumer) {
        var sql = new StringBuilder("select * from audit_event where 1 = 1");
        var params = new ArrayList<Object>();
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" and lower(actor) = ?");
            params.add(query.actor().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (query.visitId() != null && !query.visitId().isBlank()) {
            sql.append(" and visit_id = ?");
            params.add(query.visitId().strip());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(query.to().atOffset(ZoneOffset.UTC));
        }
        sql.append(oldestFirst ? " order by occurred_at, id" : " order by occurred_at desc, id desc");
        if (query.limit() != Integer.MAX_VALUE) {
            sql.append(" limit ").append(Math.max(0, query.limit()));
        }
        jdbc.sql(sql.toString()).params(params).query((RowCallbackHandler) rs -> consumer.accept(map(rs)));
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("site_id"),
                rs.getString("visit_id"),
                rs.getString("ticket_id"),
                rs.getString("target"),
                rs.getString("details"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
