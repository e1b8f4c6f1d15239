package fi.vuoro.server.messaging;

import fi.vuoro.server.queue.QueueEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * "A042 to counter 3", as a waiting-room display shows and announces it. Deliberately no ticket id, visit, name or
 * appointment reference: anyone in the lobby can read the display.
 */
public record CallAnnouncement(
        String siteId,
        long sequence,
        String number,
        String counterId,
        String serviceId,
        Instant calledAt,
        boolean recall) {

    /** The announcement for a call or recall; empty for every other event. */
    public static Optional<CallAnnouncement> of(QueueEvent event) {
        return switch (event) {
            case QueueEvent.TicketCalled called -> Optional.of(announce(event, called.counterId(), false));
            case QueueEvent.TicketRecalled recalled -> Optional.of(announce(event, recalled.counterId(), true));
            default -> Optional.empty();
        };
    }

    private static CallAnnouncement announce(QueueEvent event, String counterId, boolean recall) {
        var ticket = event.ticket();
        return new CallAnnouncement(
                event.siteId(),
                event.sequence(),
                ticket.number(),
                counterId,
                ticket.serviceId(),
                event.occurredAt(),
                recall);
    }
}
