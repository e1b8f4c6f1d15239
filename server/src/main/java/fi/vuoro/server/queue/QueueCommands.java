package fi.vuoro.server.queue;

import java.util.List;
import java.util.Optional;

/**
 * Everything that changes a queue. Each method is one database transaction that bumps the site's change sequence;
 * its {@link QueueEvent} is published after commit. Unknown ids throw
 * {@link fi.vuoro.server.system.NotFoundException}, transitions the ticket's status does not allow throw
 * {@link fi.vuoro.server.system.ConflictException}. {@code actor} is recorded in the visit history.
 */
public interface QueueCommands {

    TicketView issue(IssueRequest request);

    /** Claims the ticket this counter's work profile and the call policy choose; empty when nobody it serves waits. */
    Optional<TicketView> callNext(String counterId, String actor);

    TicketView call(String counterId, String ticketId, String actor);

    /** Calls the same visitor again; past the configured number of recalls the ticket becomes NO_SHOW instead. */
    TicketView recall(String ticketId, String actor);

    TicketView start(String ticketId, String actor);

    TicketView complete(String ticketId, String outcome, String actor);

    TicketView noShow(String ticketId, String actor);

    /** Sets a called or serving visitor aside (waiting for results, fetching papers); the counter keeps them. */
    TicketView park(String ticketId, String actor);

    /** Puts a parked ticket back in line at its original place, for the counter that parked it. */
    TicketView returnToQueue(String ticketId, String actor);

    TicketView cancel(String ticketId, String actor);

    /**
     * Ends the ticket as TRANSFERRED and opens a new WAITING ticket in the same visit for {@code serviceId} (and
     * only {@code counterId}, when given), keeping the number, the place in line, the history and the notes.
     *
     * @return the new ticket
     */
    TicketView transfer(String ticketId, String serviceId, String counterId, String note, String actor);

    TicketView raisePriority(String ticketId, PriorityClass priority, PriorityReason reason, String actor);

    void addNote(String ticketId, String text, String actor);

    /**
     * Opens or closes a counter: only open counters are called to and counted in estimates. A real change bumps the
     * site's sequence and publishes {@link QueueEvent.CounterStatusChanged}; setting the state it already has does
     * nothing.
     */
    void setCounterOpen(String counterId, boolean open, String actor);

    VisitRecord visitOf(String ticketId);

    /**
     * The history of the ticket's visit, as in {@link #visitOf} but without the tickets' views (and their estimates)
     * and the notes: for listeners that only need who did what, on every event.
     */
    List<VisitRecord.HistoryEntry> historyOf(String ticketId);
}
