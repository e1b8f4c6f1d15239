package fi.vuoro.server.lobby;

import static fi.vuoro.server.lobby.LobbyTime.instant;
import static fi.vuoro.server.lobby.LobbyTime.utc;

import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live alerts: raised once per subject and kind while open, resolved by staff with what was done. The resolution is
 * recorded on the visit (a visit note) when the alert is about a visitor.
 */
@Service
public class Alerts {

    static final int MAX_RESOLUTION = 500;

    private final JdbcClient jdbc;
    private final QueueCommands queue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Alerts(JdbcClient jdbc, QueueCommands queue, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Raises an alert unless one of the same kind is already open for the subject; returns the open one. */
    @Transactional
    public Alert raise(
            AlertKind kind,
            String siteId,
            String subject,
            String ticketId,
            String visitId,
            String deviceId,
            String detail) {
        Optional<Alert> open = openFor(kind, subject);
        if (open.isPresent()) {
            return open.get();
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into lobby_alert (id, site_id, kind, subject, ticket_id, visit_id, device_id, detail,"
                        + " raised_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        siteId,
                        kind.name(),
                        subject,
                        ticketId,
                        visitId,
                        deviceId,
                        HelpDesk.clip(detail, 500),
                        utc(clock.instant()))
                .update();
        events.publishEvent(new LobbyChanged(siteId));
        return find(id).orElseThrow();
    }

    /** Staff say what they did; it goes on the visit's record when the alert is about a visitor. */
    @Transactional
    public Alert resolve(String alertId, String whatWasDone, String staffUsername) {
        if (whatWasDone == null || whatWasDone.isBlank()) {
            throw new InvalidInputException("Say what was done about the alert");
        }
        Alert alert = find(alertId).orElseThrow(() -> new NotFoundException("No alert '" + alertId + "'"));
        if (!alert.open()) {
            throw new ConflictException("Already resolved by " + alert.resolvedBy());
        }
        String text = HelpDesk.clip(whatWasDone, MAX_RESOLUTION);
        close(alert, staffUsername, text);
        if (alert.ticketId() != null) {
            // Stored as a code with the staff member's words; the counter words the rest in its reader's language.
            queue.addNote(alert.ticketId(), LobbyNotes.alertResolved(alert.kind(), text), staffUsername);
        }
        return find(alertId).orElseThrow();
    }

    /** A device recovered by itself: its open trouble alert closes with that as the resolution. */
    @Transactional
    public void resolvedBySystem(AlertKind kind, String subject, String resolution) {
        openFor(kind, subject).ifPresent(alert -> close(alert, "system", resolution));
    }

    public List<Alert> open(String siteId) {
        return jdbc.sql("select * from lobby_alert where site_id = ? and resolved_at is null order by raised_at")
                .param(siteId)
                .query(Alerts::map)
                .list();
    }

    public Optional<Alert> find(String id) {
        return jdbc.sql("select * from lobby_alert where id = ?")
                .param(id)
                .query(Alerts::map)
                .optional();
    }

    /** Every alert ever raised about the subject, newest first (e.g. to tell whether a promise alert was handled). */
    public List<Alert> about(AlertKind kind, String subject) {
        return jdbc.sql("select * from lobby_alert where kind = ? and subject = ? order by raised_at desc")
                .params(kind.name(), subject)
                .query(Alerts::map)
                .list();
    }

    private Optional<Alert> openFor(AlertKind kind, String subject) {
        return jdbc
                .sql("select * from lobby_alert where kind = ? and subject = ? and resolved_at is null")
                .params(kind.name(), subject)
                .query(Alerts::map)
                .list() // not .stream(): an unclosed stream keeps its connection (a pool leak)
                .stream()
                .findFirst();
    }

    private void close(Alert alert, String by, String resolution) {
        jdbc.sql("update lobby_alert set resolved_at = ?, resolved_by = ?, resolution = ? where id = ?")
                .params(utc(clock.instant()), by, resolution, alert.id())
                .update();
        events.publishEvent(new LobbyChanged(alert.siteId()));
    }

    static String visitSubject(String visitId) {
        return "visit:" + visitId;
    }

    static String deviceSubject(String deviceId, Object component) {
        return "device:" + deviceId + ":" + component;
    }

    private static Alert map(ResultSet rs, int row) throws SQLException {
        return new Alert(
                rs.getString("id"),
                rs.getString("site_id"),
                AlertKind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                rs.getString("ticket_id"),
                rs.getString("visit_id"),
                rs.getString("device_id"),
                rs.getString("detail"),
                instant(rs, "raised_at"),
                instant(rs, "resolved_at"),
                rs.getString("resolved_by"),
                rs.getString("resolution"));
    }
}
