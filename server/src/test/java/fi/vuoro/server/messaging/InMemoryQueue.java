package fi.vuoro.server.messaging;

import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.QueueSnapshot;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A stand-in queue engine for the STOMP tests: it keeps the {@link QueueReader} contract (snapshot as of a sequence
 * number) and publishes {@link QueueEvent}s with the next sequence, as the real engine does after commit. It holds
 * no queue policy; the messaging layer does not need one.
 */
@TestComponent
class InMemoryQueue implements QueueReader {

    private final ApplicationEventPublisher events;
    private final Map<String, Long> sequences = new LinkedHashMap<>();
    private final Map<String, TicketView> tickets = new LinkedHashMap<>();

    InMemoryQueue(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public synchronized QueueSnapshot snapshot(String siteId) {
        var open = new ArrayList<TicketView>();
        tickets.values().stream()
                .filter(ticket ->
                        ticket.siteId().equals(siteId) && ticket.status().isOpen())
                .forEach(open::add);
        return new QueueSnapshot(siteId, sequences.getOrDefault(siteId, 0L), Instant.now(), open, List.of());
    }

    @Override
    public synchronized Optional<TicketView> find(String ticketId) {
        return Optional.ofNullable(tickets.get(ticketId));
    }

    TicketView issue(String siteId, String serviceId) {
        TicketView ticket;
        long sequence;
        synchronized (this) {
            sequence = next(siteId);
            var id = "t" + (tickets.size() + 1);
            ticket = new TicketView(
                    id,
                    "v-" + id,
                    siteId,
                    "A%03d".formatted(tickets.size() + 1),
                    serviceId,
                    TicketStatus.WAITING,
                    PriorityClass.NORMAL,
                    PriorityReason.NONE,
                    "fi",
                    1,
                    60L,
                    Instant.now(),
                    null,
                    null,
                    0,
                    null);
            tickets.put(id, ticket);
        }
        events.publishEvent(new QueueEvent.TicketIssued(siteId, sequence, Instant.now(), ticket));
        return ticket;
    }

    TicketView call(String ticketId, String counterId, boolean recall) {
        TicketView called;
        long sequence;
        synchronized (this) {
            var ticket = tickets.get(ticketId);
            sequence = next(ticket.siteId());
            called = new TicketView(
                    ticket.id(),
                    ticket.visitId(),
                    ticket.siteId(),
                    ticket.number(),
                    ticket.serviceId(),
                    TicketStatus.CALLED,
                    ticket.priority(),
                    ticket.priorityReason(),
                    ticket.language(),
                    null,
                    null,
                    ticket.issuedAt(),
                    Instant.now(),
                    counterId,
                    ticket.recallCount() + (recall ? 1 : 0),
                    "APPT-SECRET-REF");
            tickets.put(ticketId, called);
        }
        events.publishEvent(
                recall
                        ? new QueueEvent.TicketRecalled(called.siteId(), sequence, Instant.now(), called, counterId)
                        : new QueueEvent.TicketCalled(called.siteId(), sequence, Instant.now(), called, counterId));
        return called;
    }

    synchronized long sequence(String siteId) {
        return sequences.getOrDefault(siteId, 0L);
    }

    private long next(String siteId) {
        return sequences.merge(siteId, 1L, Long::sum);
    }
}
