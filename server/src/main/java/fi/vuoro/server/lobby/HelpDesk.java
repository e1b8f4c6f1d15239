package fi.vuoro.server.lobby;

import static fi.vuoro.server.lobby.LobbyTime.instant;
import static fi.vuoro.server.lobby.LobbyTime.utc;

import fi.vuoro.server.messaging.DeviceCommand;
import fi.vuoro.server.messaging.DeviceCommands;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help requests from kiosks, stored durably: received, cancelled by the kiosk, answered ("I'm coming": the kiosk
 * names the staff member), greeted (time-to-greet), and the check-in finished by reception (a ticket issued for the
 * visitor and linked to the request).
 */
@Service
public class HelpDesk {

    static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    static final int MAX_TRAIL_LINES = 40;
    static final int MAX_TRAIL_LINE = 120;
    /** A kiosk ticket issued this soon after a help request from that kiosk belongs to that visitor. */
    static final Duration LINK_WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final DeviceCommands devices;
    private final QueueCommands queue;
    private final StaffNames staffNames;
    private final GreetList greetList;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpDesk(
            JdbcClient jdbc,
            DeviceCommands devices,
            QueueCommands queue,
            StaffNames staffNames,
            GreetList greetList,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.devices = devices;
        this.queue = queue;
        this.staffNames = staffNames;
        this.greetList = greetList;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Stores a kiosk's request; a repeated requestId (a retry) returns the stored one unchanged. */
    @Transactional
    public HelpRequest received(DevicePrincipal kiosk, HelpMessage message) {
        if (message.requestId() == null
                || !REQUEST_ID.matcher(message.requestId()).matches()) {
            throw new InvalidInputException("requestId must be 1-64 letters, digits or '-'");
        }
        HelpReason reason;
        try {
            reason = message.reason() == null ? HelpReason.VISITOR : HelpReason.valueOf(message.reason());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown help reason '" + message.reason() + "'");
        }
        Optional<HelpRequest> existing = find(message.requestId());
        if (existing.isPresent()) {
            return existing.get();
        }
        List<String> trail = message.trail() == null
                ? List.of()
                : message.trail().stream()
                        .filter(line -> line != null && !line.isBlank())
                        .map(line -> clip(line.strip().replace('\n', ' '), MAX_TRAIL_LINE))
                        .toList();
        // Keep the newest lines when a kiosk sends a long trail: what happened just now matters most.
        trail = trail.subList(Math.max(0, trail.size() - MAX_TRAIL_LINES), trail.size());
        jdbc.sql("insert into help_request (id, site_id, device_id, reason, step, language, trail, status,"
                        + " requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        message.requestId(),
                        kiosk.siteId(),
                        kiosk.deviceId(),
                        reason.name(),
                        clip(message.step(), 40),
                        clip(message.language(), 5),
                        String.join("\n", trail),
                        HelpStatus.OPEN.name(),
                        utc(clock.instant()))
                .update();
        events.publishEvent(new LobbyChanged(kiosk.siteId()));
        return find(message.requestId()).orElseThrow();
    }

    /** The visitor left the kiosk (idle reset). Only the kiosk that asked can cancel; answered requests too. */
    @Transactional
    public void cancelled(DevicePrincipal kiosk, String requestId) {
        int changed = jdbc.sql("update help_request set status = ?, closed_at = ? where id = ? and device_id = ?"
                        + " and status in ('OPEN', 'ANSWERED')")
                .params(HelpStatus.CANCELLED.name(), utc(clock.instant()), requestId, kiosk.deviceId())
                .update();
        if (changed > 0) {
            events.publishEvent(new LobbyChanged(kiosk.siteId()));
        }
    }

    /** "I'm coming": the kiosk shows "{staffName} is coming to you". Answering again re-sends (another person). */
    @Transactional
    public HelpRequest answer(String requestId, String staffUsername) {
        HelpRequest request = activeRequest(requestId);
        String name = staffNames.displayName(staffUsername);
        jdbc.sql("update help_request set status = ?, answered_by = ?, answered_name = ?, answered_at = ? where id = ?")
                .params(HelpStatus.ANSWERED.name(), staffUsername, name, utc(clock.instant()), requestId)
                .update();
        devices.send(
                request.deviceId(),
                new DeviceCommand(
                        KioskCommandTypes.HELP_ANSWERED,
                        Map.of("requestId", requestId, "staffName", name),
                        clock.instant()));
        events.publishEvent(new LobbyChanged(request.siteId()));
        return find(requestId).orElseThrow();
    }

    /** The visitor was met in person; records time-to-greet and, when there is a ticket, a note on the visit. */
    @Transactional
    public HelpRequest greeted(String requestId, String staffUsername) {
        HelpRequest request = activeRequest(requestId);
        Instant now = clock.instant();
        jdbc.sql("update help_request set status = ?, greeted_at = ?, closed_at = ?,"
                        + " answered_by = coalesce(answered_by, ?), answered_name = coalesce(answered_name, ?),"
                        + " answered_at = coalesce(answered_at, ?) where id = ?")
                .params(
                        HelpStatus.GREETED.name(),
                        utc(now),
                        utc(now),
                        staffUsername,
                        staffNames.displayName(staffUsername),
                        utc(now),
                        requestId)
                .update();
        if (request.ticketId() != null) {
            queue.addNote(
                    request.ticketId(),
                    LobbyNotes.greetedAfterHelp(seconds(Duration.between(request.requestedAt(), now))),
                    staffUsername);
            greetList.greetedByHelp(request.ticketId(), staffUsername, now);
        }
        events.publishEvent(new LobbyChanged(request.siteId()));
        return find(requestId).orElseThrow();
    }

    /**
     * Finishes the visitor's check-in from the console: issues a ticket for {@code serviceId} in the visitor's
     * language, linked to the request (retrying returns the same ticket).
     */
    @Transactional
    public TicketView finishCheckIn(String requestId, String serviceId, String staffUsername) {
        HelpRequest request = activeRequest(requestId);
        if (request.ticketId() != null) {
            throw new ConflictException("This visitor already has a ticket");
        }
        TicketView ticket = queue.issue(new IssueRequest(
                request.siteId(),
                serviceId,
                request.language() == null ? "fi" : request.language(),
                null,
                null,
                null,
                null,
                "help-" + requestId,
                staffUsername));
        link(request, ticket);
        queue.addNote(
                ticket.id(),
                LobbyNotes.checkedInAfterHelp(request.deviceId(), request.reason(), request.step()),
                staffUsername);
        events.publishEvent(new LobbyChanged(request.siteId()));
        return ticket;
    }

    /** Help requests that still need someone (open or answered), oldest first. */
    public List<HelpRequest> active(String siteId) {
        return jdbc.sql("select * from help_request where site_id = ? and status in ('OPEN', 'ANSWERED')"
                        + " order by requested_at")
                .param(siteId)
                .query(HelpDesk::map)
                .list();
    }

    public Optional<HelpRequest> find(String requestId) {
        return jdbc.sql("select * from help_request where id = ?")
                .param(requestId)
                .query(HelpDesk::map)
                .optional();
    }

    /**
     * A ticket the kiosk itself issued shortly after asking for help belongs to that visitor: link it, and put the
     * visitor on the to-greet list (asked for help / struggling at the kiosk).
     */
    void ticketIssuedAtKiosk(String kioskId, TicketView ticket) {
        jdbc
                .sql("select * from help_request where device_id = ? and ticket_id is null and status in ('OPEN',"
                        + " 'ANSWERED') and requested_at >= ? order by requested_at desc")
                .params(kioskId, utc(ticket.issuedAt().minus(LINK_WINDOW)))
                .query(HelpDesk::map)
                .list() // not .stream(): an unclosed stream keeps its connection (a pool leak)
                .stream()
                .findFirst()
                .ifPresent(request -> {
                    link(request, ticket);
                    events.publishEvent(new LobbyChanged(request.siteId()));
                });
    }

    private void link(HelpRequest request, TicketView ticket) {
        jdbc.sql("update help_request set ticket_id = ? where id = ?")
                .params(ticket.id(), request.id())
                .update();
        greetList.add(
                ticket,
                request.reason().isStruggle() ? GreetReason.STRUGGLING_AT_KIOSK : GreetReason.ASKED_FOR_HELP,
                request.requestedAt());
    }

    private HelpRequest activeRequest(String requestId) {
        HelpRequest request =
                find(requestId).orElseThrow(() -> new NotFoundException("No help request '" + requestId + "'"));
        if (!request.status().isActive()) {
            throw new ConflictException(
                    request.status() == HelpStatus.CANCELLED ? "The visitor has left the kiosk" : "Already greeted");
        }
        return request;
    }

    private static long seconds(Duration d) {
        return Math.max(0, d.toSeconds());
    }

    static String clip(String text, int max) {
        if (text == null) return null;
        String s = text.strip();
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static HelpRequest map(ResultSet rs, int row) throws SQLException {
        String trail = rs.getString("trail");
        return new HelpRequest(
                rs.getString("id"),
                rs.getString("site_id"),
                rs.getString("device_id"),
                HelpReason.valueOf(rs.getString("reason")),
                rs.getString("step"),
                rs.getString("language"),
                trail == null || trail.isEmpty() ? List.of() : Arrays.asList(trail.split("\n")),
                HelpStatus.valueOf(rs.getString("status")),
                instant(rs, "requested_at"),
                rs.getString("answered_by"),
                rs.getString("answered_name"),
                instant(rs, "answered_at"),
                instant(rs, "greeted_at"),
                rs.getString("ticket_id"));
    }
}
