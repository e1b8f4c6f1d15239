package fi.vuoro.server.messaging;

import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.TicketView;
import java.time.Instant;

/**
 * One change of a site's queue as sent on {@link Destinations#queueTopic(String)}. {@code sequence} is the site's
 * change number: a client that receives {@code n + 2} after {@code n} missed a change and must resynchronise.
 *
 * @param type the event's name, e.g. {@code TicketIssued}, {@code TicketCalled}; {@code CounterOpened} and
 *     {@code CounterClosed} carry no ticket
 * @param ticket the ticket after the change (a transfer sends the new ticket), {@code null} for a counter change
 * @param counterId the counter that called, recalled, opened or closed, otherwise {@code null}
 * @param endedTicketId for a transfer, the ticket that ended as TRANSFERRED, otherwise {@code null}
 */
public record QueueDelta(
        String siteId,
        long sequence,
        String type,
        Instant occurredAt,
        TicketView ticket,
        String counterId,
        String endedTicketId) {

    /** Maps an engine event; hand-over notes and other free text stay out of the broadcast. */
    public static QueueDelta of(QueueEvent event) {
        String counterId =
                switch (event) {
                    case QueueEvent.TicketCalled called -> called.counterId();
                    case QueueEvent.TicketRecalled recalled -> recalled.counterId();
                    case QueueEvent.CounterStatusChanged counter -> counter.counterId();
                    default -> null;
                };
        String endedTicketId =
                event instanceof QueueEvent.TicketTransferred transferred ? transferred.fromTicketId() : null;
        return new QueueDelta(
                event.siteId(),
                event.sequence(),
                event instanceof QueueEvent.CounterStatusChanged counter
                        ? (counter.open() ? "CounterOpened" : "CounterClosed")
                        : event.getClass().getSimpleName(),
                event.occurredAt(),
                event.ticket(),
                counterId,
                endedTicketId);
    }
}
