package fi.vuoro.server.lobby;

import static fi.vuoro.server.lobby.LobbyTime.instant;
import static fi.vuoro.server.lobby.LobbyTime.utc;

import fi.vuoro.server.queue.TicketView;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the visitor was promised at check-in (the quoted wait) and which kiosk issued the ticket: facts the queue's
 * ticket does not carry but the lobby rules need (broken promise, GREETER on the right kiosk).
 */
@Component
public class ArrivalLog {

    private final JdbcClient jdbc;

    ArrivalLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Arrival(
            String ticketId, String visitId, String siteId, String kioskId, Long quotedWaitSeconds, Instant issuedAt) {}

    void record(TicketView ticket, String kioskId) {
        if (find(ticket.id()).isPresent()) {
            return;
        }
        jdbc.sql("insert into arrival (ticket_id, visit_id, site_id, kiosk_id, quoted_wait_seconds, issued_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        ticket.id(),
                        ticket.visitId(),
                        ticket.siteId(),
                        kioskId,
                        ticket.estimatedWaitSeconds(),
                        utc(ticket.issuedAt()))
                .update();
    }

    public Optional<Arrival> find(String ticketId) {
        return jdbc.sql("select * from arrival where ticket_id = ?")
                .param(ticketId)
                .query((rs, i) -> map(rs))
                .optional();
    }

    /** The visit's first arrival: transfers keep the visit, and the promise was made at the first check-in. */
    public Optional<Arrival> ofVisit(String visitId) {
        return jdbc
                .sql("select * from arrival where visit_id = ? order by issued_at")
                .param(visitId)
                .query((rs, i) -> map(rs))
                .list() // not .stream(): an unclosed stream keeps its connection (a pool leak)
                .stream()
                .findFirst();
    }

    /**
     * The first arrival of each of the site's visits that checked in at or after {@code since}, by visit id: one
     * indexed read for a whole round of checks instead of one read per waiting ticket.
     */
    public java.util.Map<String, Arrival> firstOfVisitsSince(String siteId, Instant since) {
        var byVisit = new java.util.HashMap<String, Arrival>();
        for (Arrival a : jdbc.sql("select * from arrival where site_id = ? and issued_at >= ? order by issued_at")
                .params(siteId, utc(since))
                .query((rs, i) -> map(rs))
                .list()) {
            byVisit.putIfAbsent(a.visitId(), a);
        }
        return byVisit;
    }

    private static Arrival map(java.sql.ResultSet rs) throws java.sql.SQLException {
        long quoted = rs.getLong("quoted_wait_seconds");
        // wasNull() speaks of the column read last: ask before reading the next one
        Long quotedOrNull = rs.wasNull() ? null : quoted;
        return new Arrival(
                rs.getString("ticket_id"),
                rs.getString("visit_id"),
                rs.getString("site_id"),
                rs.getString("kiosk_id"),
                quotedOrNull,
                instant(rs, "issued_at"));
    }
}
