package fi.vuoro.server.queue;

import java.time.Instant;

/**
 * Past-tense facts published by the queue engine after their transaction committed. {@link #sequence()} is the
 * site's change sequence number (strictly increasing per site, stored with the change), so a subscriber that sees
 * a gap knows it missed something and resynchronises from a snapshot.
 */
public sealed interface QueueEvent {

    String siteId();

    long sequence();

    Instant occurredAt();

    /** The ticket after the change; {@code null} only for {@link CounterStatusChanged}. */
    TicketView ticket();

    record TicketIssued(String siteId, long sequence, Instant occurredAt, TicketView ticket) implements QueueEvent {}

    record TicketCalled(String siteId, long sequence, Instant occurredAt, TicketView ticket, String counterId)
            implements QueueEvent {}

    record TicketRecalled(String siteId, long sequence, Instant occurredAt, TicketView ticket, String counterId)
            implements QueueEvent {}

    record ServiceStarted(String siteId, long sequence, Instant occurredAt, TicketView ticket) implements QueueEvent {}

    record TicketCompleted(String siteId, long sequence, Instant occurredAt, TicketView ticket, String outcome)
            implements QueueEvent {}

    record TicketNoShow(String siteId, long sequence, Instant occurredAt, TicketView ticket) implements QueueEvent {}

    record TicketParked(String siteId, long sequence, Instant occurredAt, TicketView ticket) implements QueueEvent {}

    record TicketReturned(String siteId, long sequence, Instant occurredAt, TicketView ticket) implements QueueEvent {}

    record TicketCancelled(String siteId, long sequence, Instant occurredAt, TicketView ticket) implements QueueEvent {}

    /** {@code ticket} is the new waiting ticket; {@code fromTicketId} the one that ended as TRANSFERRED. */
    record TicketTransferred(
            String siteId, long sequence, Instant occurredAt, TicketView ticket, String fromTicketId, String note)
            implements QueueEvent {}

    record PriorityRaised(String siteId, long sequence, Instant occurredAt, TicketView ticket) implements QueueEvent {}

    /**
     * A counter opened or closed: who can be called, and every estimate, changed. Carries no ticket.
     *
     * @param open whether the counter is open now
     */
    record CounterStatusChanged(String siteId, long sequence, Instant occurredAt, String counterId, boolean open)
            implements QueueEvent {
        @Override
        public TicketView ticket() {
            return null;
        }
    }
}
