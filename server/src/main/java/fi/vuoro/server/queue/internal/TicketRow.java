package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.queue.WaitingTicket;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the ticket table. */
record TicketRow(
        String id,
        String visitId,
        String siteId,
        String serviceId,
        String number,
        LocalDate businessDay,
        TicketStatus status,
        PriorityClass priority,
        PriorityReason priorityReason,
        String language,
        Instant issuedAt,
        Instant queuedAt,
        String appointmentReference,
        Instant appointmentAt,
        String targetCounterId,
        String counterId,
        Instant calledAt,
        Instant startedAt,
        Instant endedAt,
        int recallCount,
        String outcome,
        String endReason,
        String idempotencyKey) {

    /** A new WAITING ticket, not yet called, with a fresh time-ordered id ({@link TicketIds}). */
    static TicketRow waiting(
            String visitId,
            String siteId,
            String serviceId,
            String number,
            LocalDate businessDay,
            PriorityClass priority,
            PriorityReason priorityReason,
            String language,
            Instant issuedAt,
            Instant queuedAt,
            String appointmentReference,
            Instant appointmentAt,
            String targetCounterId,
            String idempotencyKey) {
        return new TicketRow(
                TicketIds.next(),
                visitId,
                siteId,
                serviceId,
                number,
                businessDay,
                TicketStatus.WAITING,
                priority,
                priorityReason,
                language,
                issuedAt,
                queuedAt,
                appointmentReference,
                appointmentAt,
                targetCounterId,
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                idempotencyKey);
    }

    WaitingTicket waiting() {
        return new WaitingTicket(id, serviceId, priority, queuedAt, appointmentAt, targetCounterId);
    }

    TicketView view(Integer position, Long estimatedWaitSeconds) {
        boolean waiting = status == TicketStatus.WAITING;
        return new TicketView(
                id,
                visitId,
                siteId,
                number,
                serviceId,
                status,
                priority,
                priorityReason,
                language,
                waiting ? position : null,
                waiting ? estimatedWaitSeconds : null,
                issuedAt,
                calledAt,
                counterId,
                recallCount,
                appointmentReference);
    }
}
