package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.TicketView;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens a visit with its first ticket: the visit row, the ticket, its ISSUED history line and
 * {@link QueueEvent.TicketIssued} after commit. Shared by an online issue ({@link TicketIssuer}) and an offline import
 * ({@link OfflineTickets}); the caller runs inside {@link SiteWrites}, holding the site lock.
 */
@Component
class NewVisits {

    private final JdbcClient jdbc;
    private final SiteLock lock;
    private final TicketRows rows;
    private final VisitLog log;
    private final TicketViews views;
    private final AfterCommitEvents events;

    NewVisits(
            JdbcClient jdbc,
            SiteLock lock,
            TicketRows rows,
            VisitLog log,
            TicketViews views,
            AfterCommitEvents events) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.rows = rows;
        this.log = log;
        this.views = views;
        this.events = events;
    }

    /** Stores {@code first} (a {@link TicketRow#waiting} row) in a new visit created at its issue time. */
    TicketView open(TicketRow first, String actor, String detail, Instant now) {
        long seq = lock.nextSequence(first.siteId());
        jdbc.sql("INSERT INTO visit (id, site_id, created_at) VALUES (?, ?, ?)")
                .params(first.visitId(), first.siteId(), TicketRows.ts(first.issuedAt()))
                .update();
        rows.insert(first);
        log.record(first.visitId(), first.id(), "ISSUED", TicketIssuer.actor(actor), first.issuedAt(), detail);
        TicketView view = views.view(first, now);
        events.publish(new QueueEvent.TicketIssued(first.siteId(), seq, now, view), TicketIssuer.actor(actor));
        return view;
    }
}
