package fi.vuoro.server.queue;

import java.time.Instant;

/**
 * A ticket as the API, STOMP and views see it. Holds no personal data: it may go to displays.
 *
 * @param position 1-based place among the tickets the next free counter could call, or {@code null} once called
 * @param estimatedWaitSeconds current estimate until called, or {@code null} once called
 */
public record TicketView(
        String id,
        String visitId,
        String siteId,
        String number,
        String serviceId,
        TicketStatus status,
        PriorityClass priority,
        PriorityReason priorityReason,
        String language,
        Integer position,
        Long estimatedWaitSeconds,
        Instant issuedAt,
        Instant calledAt,
        String counterId,
        int recallCount,
        String appointmentReference) {}
