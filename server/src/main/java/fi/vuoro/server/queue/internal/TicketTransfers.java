package fi.vuoro.server.queue.internal;

import static fi.vuoro.server.queue.TicketStatus.CALLED;
import static fi.vuoro.server.queue.TicketStatus.PARKED;
import static fi.vuoro.server.queue.TicketStatus.SERVING;
import static fi.vuoro.server.queue.TicketStatus.WAITING;

import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Transfers a visit to another service (and optionally one counter). The old ticket ends as TRANSFERRED; a new
 * WAITING ticket in the same visit keeps the display number (the visitor's paper ticket stays valid), the priority
 * and the original place in line ({@code queued_at}), so a transfer never sends anyone to the back of the queue.
 * The hand-over note is required: nobody should have to start over.
 */
@Component
class TicketTransfers {

    private final SiteDirectory directory;
    private final TicketRows rows;
    private final TicketChanges changes;
    private final SiteLock lock;
    private final VisitLog log;
    private final TicketViews views;
    private final AfterCommitEvents events;

    TicketTransfers(
            SiteDirectory directory,
            TicketRows rows,
            TicketChanges changes,
            SiteLock lock,
            VisitLog log,
            TicketViews views,
            AfterCommitEvents events) {
        this.directory = directory;
        this.rows = rows;
        this.changes = changes;
        this.lock = lock;
        this.log = log;
        this.views = views;
        this.events = events;
    }

    TicketView transfer(String ticketId, String serviceId, String counterId, String note, String actor) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("A transfer needs a hand-over note");
        }
        String who = TicketIssuer.actor(actor);
        return changes.onTicket(ticketId, (row, now) -> {
            Service target = directory
                    .service(serviceId)
                    .filter(s -> s.siteId().equals(row.siteId()))
                    .orElseThrow(() -> new NotFoundException("No service '" + serviceId + "' at this site"));
            if (counterId != null) {
                Counter counter = directory
                        .counter(counterId)
                        .filter(c -> c.siteId().equals(row.siteId()))
                        .orElseThrow(() -> new NotFoundException("No counter '" + counterId + "' at this site"));
                if (!counter.workProfile().serves(target.id())) {
                    throw new InvalidInputException(
                            "Counter '" + counterId + "' does not serve '" + target.id() + "'; pick another counter");
                }
            }
            changes.require(row, "transfer", WAITING, CALLED, SERVING, PARKED);
            if (!rows.update(
                    row.id(),
                    row.status(),
                    TicketChanges.cols(
                            "status", TicketStatus.TRANSFERRED, "ended_at", now, "end_reason", "TRANSFERRED"))) {
                throw new fi.vuoro.server.system.ConflictException("Ticket " + row.number() + " changed meanwhile");
            }
            TicketRow next = TicketRow.waiting(
                    row.visitId(),
                    row.siteId(),
                    target.id(),
                    row.number(),
                    row.businessDay(),
                    row.priority(),
                    row.priorityReason(),
                    row.language(),
                    now,
                    row.queuedAt(),
                    row.appointmentReference(),
                    row.appointmentAt(),
                    counterId,
                    null);
            rows.insert(next);
            long seq = lock.nextSequence(row.siteId());
            String detail = "to " + target.id() + (counterId == null ? "" : " at " + counterId);
            log.record(row.visitId(), row.id(), "TRANSFERRED", who, now, detail);
            log.record(
                    row.visitId(), next.id(), "ISSUED", who, now, row.number() + " for " + target.id() + " (transfer)");
            log.note(row.visitId(), row.id(), who, now, note);
            TicketView view = views.view(next, now);
            events.publish(new QueueEvent.TicketTransferred(row.siteId(), seq, now, view, row.id(), note), who);
            return view;
        });
    }
}
