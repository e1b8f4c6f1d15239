package fi.vuoro.server.lobby;

import static fi.vuoro.server.lobby.LobbyTime.instant;
import static fi.vuoro.server.lobby.LobbyTime.utc;

import fi.vuoro.server.messaging.DeviceCommand;
import fi.vuoro.server.messaging.DeviceCommands;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The to-greet list: one entry per visit with every reason it is there. "I'm coming" tells the kiosk that issued
 * the ticket (GREETER); "greeted" records time-to-greet (from the first reason to the greeting) on the visit.
 * Entries show while the visit has an open ticket.
 */
@Service
public class GreetList {

    private final JdbcClient jdbc;
    private final QueueReader reader;
    private final QueueCommands queue;
    private final DeviceCommands devices;
    private final ArrivalLog arrivals;
    private final StaffNames staffNames;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The first reason's insert, behind a savepoint: losing a race to another first reason must not end the caller's transaction. */
    private final TransactionTemplate firstEntry;

    GreetList(
            JdbcClient jdbc,
            QueueReader reader,
            QueueCommands queue,
            DeviceCommands devices,
            ArrivalLog arrivals,
            StaffNames staffNames,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.firstEntry = new TransactionTemplate(transactions);
        this.firstEntry.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.reader = reader;
        this.queue = queue;
        this.devices = devices;
        this.arrivals = arrivals;
        this.staffNames = staffNames;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Adds reasons for the ticket's visit (merging with earlier ones); nothing happens for an empty set. Safe when two
     * reasons arrive at once (a visitor's arrival rules and reception marking the same visit): the entry is locked
     * while its reasons are merged, and the one whose first insert loses the race merges into the winner's entry.
     */
    @Transactional
    public void add(TicketView ticket, Collection<GreetReason> reasons, Instant at) {
        if (reasons.isEmpty()) return;
        Optional<Set<GreetReason>> existing = lockedReasons(ticket.visitId());
        if (existing.isPresent() || !insertFirst(ticket, reasons, at)) {
            var merged = EnumSet.noneOf(GreetReason.class);
            // After a lost race the winner's entry has committed: read (and lock) it now.
            merged.addAll(existing.or(() -> lockedReasons(ticket.visitId())).orElseThrow());
            merged.addAll(reasons);
            jdbc.sql("update greet_entry set reasons = ?, ticket_id = ? where visit_id = ?")
                    .params(format(merged), ticket.id(), ticket.visitId())
                    .update();
        }
        events.publishEvent(new LobbyChanged(ticket.siteId()));
    }

    private Optional<Set<GreetReason>> lockedReasons(String visitId) {
        return jdbc.sql("select reasons from greet_entry where visit_id = ? for update")
                .param(visitId)
                .query((rs, i) -> parse(rs.getString(1)))
                .optional();
    }

    /** False when another transaction inserted the visit's entry first (it has committed by then). */
    private boolean insertFirst(TicketView ticket, Collection<GreetReason> reasons, Instant at) {
        try {
            firstEntry.executeWithoutResult(
                    status -> jdbc.sql("insert into greet_entry (visit_id, site_id, ticket_id, reasons, added_at)"
                                    + " values (?, ?, ?, ?, ?)")
                            .params(ticket.visitId(), ticket.siteId(), ticket.id(), format(reasons), utc(at))
                            .update());
            return true;
        } catch (DuplicateKeyException lostTheRace) {
            return false;
        }
    }

    public void add(TicketView ticket, GreetReason reason, Instant at) {
        add(ticket, EnumSet.of(reason), at);
    }

    /** Reception marks a visitor "greet personally" from the console. */
    @Transactional
    public void markPersonally(String ticketId, String staffUsername) {
        TicketView ticket = openTicket(ticketId);
        add(ticket, GreetReason.MARKED_BY_STAFF, clock.instant());
        queue.addNote(ticketId, LobbyNotes.markedToGreet(), staffUsername);
    }

    /**
     * "I'm coming": recorded, and the kiosk that issued the visit's ticket (if known) shows "{staffName} will greet
     * you" while that ticket is still on its screen.
     */
    @Transactional
    public void coming(String visitId, String staffUsername) {
        GreetEntry entry = entry(visitId);
        String name = staffNames.displayName(staffUsername);
        jdbc.sql("update greet_entry set answered_by = ?, answered_at = ? where visit_id = ?")
                .params(staffUsername, utc(clock.instant()), visitId)
                .update();
        if (entry.kioskId() != null) {
            devices.send(
                    entry.kioskId(),
                    new DeviceCommand(
                            KioskCommandTypes.GREETER,
                            Map.of("ticketId", entry.ticket().id(), "staffName", name),
                            clock.instant()));
        }
        events.publishEvent(new LobbyChanged(entry.ticket().siteId()));
    }

    /** The visitor was greeted: time-to-greet goes on the visit's history as a note. */
    @Transactional
    public Duration greeted(String visitId, String staffUsername) {
        GreetEntry entry = entry(visitId);
        Instant now = clock.instant();
        jdbc.sql("update greet_entry set greeted_by = ?, greeted_at = ? where visit_id = ?")
                .params(staffUsername, utc(now), visitId)
                .update();
        Duration timeToGreet = Duration.between(entry.addedAt(), now);
        queue.addNote(entry.ticket().id(), LobbyNotes.greeted(Math.max(0, timeToGreet.toSeconds())), staffUsername);
        events.publishEvent(new LobbyChanged(entry.ticket().siteId()));
        return timeToGreet;
    }

    /** A help request for this visitor was greeted: the same person, so the list entry is done too. */
    void greetedByHelp(String ticketId, String staffUsername, Instant at) {
        jdbc.sql("update greet_entry set greeted_by = ?, greeted_at = ? where ticket_id = ? and greeted_at is null")
                .params(staffUsername, utc(at), ticketId)
                .update();
    }

    /** Visitors still to greet whose visit has an open ticket, oldest first. */
    public List<GreetEntry> toGreet(String siteId) {
        Map<String, TicketView> openByVisit = reader.snapshot(siteId).tickets().stream()
                .collect(Collectors.toMap(TicketView::visitId, Function.identity(), (a, b) -> b));
        return jdbc
                .sql("select * from greet_entry where site_id = ? and greeted_at is null order by added_at")
                .param(siteId)
                .query(GreetList::row)
                .list()
                .stream()
                .filter(row -> openByVisit.containsKey(row.visitId()))
                .map(row -> row.entry(openByVisit.get(row.visitId()), kioskOf(row.visitId())))
                .toList();
    }

    private GreetEntry entry(String visitId) {
        Row row = jdbc.sql("select * from greet_entry where visit_id = ?")
                .param(visitId)
                .query(GreetList::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("Visit '" + visitId + "' is not on the to-greet list"));
        String ticketId = jdbc.sql("select ticket_id from greet_entry where visit_id = ?")
                .param(visitId)
                .query(String.class)
                .single();
        TicketView ticket = reader.find(ticketId).orElseThrow(() -> new NotFoundException("No ticket " + ticketId));
        return row.entry(ticket, kioskOf(visitId));
    }

    private String kioskOf(String visitId) {
        return arrivals.ofVisit(visitId).map(ArrivalLog.Arrival::kioskId).orElse(null);
    }

    private TicketView openTicket(String ticketId) {
        TicketView ticket = reader.find(ticketId).orElseThrow(() -> new NotFoundException("No ticket " + ticketId));
        if (!ticket.status().isOpen()) {
            throw new ConflictException("Ticket " + ticket.number() + " is already closed");
        }
        return ticket;
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(
                rs.getString("visit_id"),
                parse(rs.getString("reasons")),
                instant(rs, "added_at"),
                rs.getString("answered_by"),
                instant(rs, "answered_at"));
    }

    private record Row(
            String visitId, Set<GreetReason> reasons, Instant addedAt, String answeredBy, Instant answeredAt) {
        GreetEntry entry(TicketView ticket, String kioskId) {
            return new GreetEntry(visitId, ticket, reasons, addedAt, answeredBy, answeredAt, kioskId);
        }
    }

    private static String format(Collection<GreetReason> reasons) {
        return reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<GreetReason> parse(String text) {
        if (text == null || text.isBlank()) return EnumSet.noneOf(GreetReason.class);
        return Arrays.stream(text.split(","))
                .map(GreetReason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GreetReason.class)));
    }
}
