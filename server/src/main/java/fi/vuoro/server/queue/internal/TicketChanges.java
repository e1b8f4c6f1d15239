package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * The shared shape of a ticket change: a unit of work holding the site lock ({@link SiteWrites}), a status check,
 * an update, a log line, an event.
 */
@Component
class TicketChanges {

    @FunctionalInterface
    interface Work<T> {
        T run(TicketRow current, Instant now);
    }

    private final SiteWrites writes;
    private final SiteLock lock;
    private final TicketRows rows;
    private final VisitLog log;
    private final TicketViews views;
    private final AfterCommitEvents events;
    private final Clock clock;

    TicketChanges(
            SiteWrites writes,
            SiteLock lock,
            TicketRows rows,
            VisitLog log,
            TicketViews views,
            AfterCommitEvents events,
            Clock clock) {
        this.writes = writes;
        this.lock = lock;
        this.rows = rows;
        this.log = log;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** Runs {@code work} on the ticket as it is after the site lock was taken. */
    <T> T onTicket(String ticketId, Work<T> work) {
        TicketRow before = rows.find(ticketId).orElseThrow(() -> new NotFoundException("No ticket '" + ticketId + "'"));
        return writes.run(before.siteId(), now -> work.run(rows.find(ticketId).orElseThrow(), now));
    }

    void require(TicketRow row, String action, TicketStatus... allowed) {
        if (!Arrays.asList(allowed).contains(row.status())) {
            throw new ConflictException("Cannot " + action + " ticket " + row.number() + ": it is " + row.status()
                    + " (allowed from " + Arrays.toString(allowed) + ")");
        }
    }

    /** Updates the row (conditionally on its current status), logs the action and publishes the event after commit. */
    TicketView apply(
            TicketRow row,
            String action,
            String actor,
            Instant now,
            String detail,
            Map<String, Object> columns,
            BiFunction<Long, TicketView, QueueEvent> event) {
        if (!rows.update(row.id(), row.status(), columns)) {
            throw new ConflictException("Ticket " + row.number() + " changed meanwhile; reload and try again");
        }
        long seq = lock.nextSequence(row.siteId());
        log.record(row.visitId(), row.id(), action, TicketIssuer.actor(actor), now, detail);
        TicketView view = views.view(row.id(), now);
        events.publish(event.apply(seq, view), TicketIssuer.actor(actor));
        return view;
    }

    /** Column map that, unlike {@code Map.of}, accepts nulls (to clear a column). */
    static Map<String, Object> cols(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
