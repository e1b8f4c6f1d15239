package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.VisitRecord;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Visit history (every action, with actor and time) and hand-over notes. */
@Component
class VisitLog {

    private final JdbcClient jdbc;

    VisitLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String visitId, String ticketId, String action, String actor, Instant at, String detail) {
        jdbc.sql("""
                INSERT INTO visit_history (visit_id, ticket_id, action, actor, occurred_at, detail)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(visitId, ticketId, action, actor, TicketRows.ts(at), truncate(detail, 500))
                .update();
    }

    void note(String visitId, String ticketId, String author, Instant at, String text) {
        jdbc.sql("INSERT INTO visit_note (visit_id, ticket_id, author, occurred_at, body) VALUES (?, ?, ?, ?, ?)")
                .params(visitId, ticketId, author, TicketRows.ts(at), text)
                .update();
    }

    List<VisitRecord.HistoryEntry> history(String visitId) {
        return jdbc.sql("SELECT * FROM visit_history WHERE visit_id = ? ORDER BY id")
                .param(visitId)
                .query((rs, i) -> new VisitRecord.HistoryEntry(
                        rs.getString("ticket_id"),
                        rs.getString("action"),
                        rs.getString("actor"),
                        TicketRows.instant(rs, "occurred_at"),
                        rs.getString("detail")))
                .list();
    }

    List<VisitRecord.Note> notes(String visitId) {
        return jdbc.sql("SELECT * FROM visit_note WHERE visit_id = ? ORDER BY id")
                .param(visitId)
                .query((rs, i) -> new VisitRecord.Note(
                        rs.getString("ticket_id"),
                        rs.getString("author"),
                        TicketRows.instant(rs, "occurred_at"),
                        rs.getString("body")))
                .list();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
