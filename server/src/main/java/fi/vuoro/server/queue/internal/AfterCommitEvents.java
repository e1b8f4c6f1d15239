package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.QueueChangeJournal;
import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.TicketView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes queue events only once their transaction committed: a subscriber must never see a change that was
 * rolled back, and a snapshot it then fetches must already contain the change. Inside a {@link SiteWrites} batch the
 * events are collected per command (a command rolled back to its savepoint loses its events) and published by the
 * batch after its commit, in sequence order. Events of a caller's own transaction are handed to the site's writer
 * thread after that commit (never published on the committing thread while it still holds its connection). A waiting
 * ticket's view gets its position and estimate just before publication. {@link QueueChangeJournal}s are told at once,
 * inside the transaction.
 */
@Component
class AfterCommitEvents {

    private static final ThreadLocal<List<QueueEvent>> COLLECTING = new ThreadLocal<>();

    private final ApplicationEventPublisher publisher;
    private final SiteEstimates estimates;
    private final ObjectProvider<SiteWrites> writes;
    private final ObjectProvider<QueueChangeJournal> journalBeans;
    private volatile List<QueueChangeJournal> journals;

    AfterCommitEvents(
            ApplicationEventPublisher publisher,
            SiteEstimates estimates,
            ObjectProvider<SiteWrites> writes,
            ObjectProvider<QueueChangeJournal> journals) {
        this.publisher = publisher;
        this.estimates = estimates;
        this.writes = writes;
        this.journalBeans = journals; // resolved on first use: a journal may itself depend on the engine
    }

    /**
     * Called by the engine right after a change and its history line, inside the change's transaction; {@code actor}
     * as the history line names them.
     */
    void publish(QueueEvent event, String actor) {
        List<QueueChangeJournal> known = journals;
        if (known == null) {
            known = journals = journalBeans.orderedStream().toList();
        }
        for (QueueChangeJournal journal : known) {
            journal.recordInTransaction(event, actor);
        }
        List<QueueEvent> collecting = COLLECTING.get();
        if (collecting != null) {
            collecting.add(event);
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publishNow(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // Not here: this thread still holds the committed transaction's connection (see publishLater).
                writes.getObject().publishLater(event);
            }
        });
    }

    /** Runs {@code work}, collecting the events it publishes into {@code into} instead of publishing them. */
    static <T> T collecting(List<QueueEvent> into, java.util.function.Supplier<T> work) {
        List<QueueEvent> outer = COLLECTING.get();
        COLLECTING.set(into);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                COLLECTING.remove();
            } else {
                COLLECTING.set(outer);
            }
        }
    }

    /** Completes the ticket view (position, estimate) and publishes; call only after the commit. */
    void publishNow(QueueEvent event) {
        publisher.publishEvent(complete(event));
    }

    QueueEvent complete(QueueEvent event) {
        TicketView view = event.ticket();
        if (view == null) {
            return event; // a counter opened or closed: no ticket to complete
        }
        TicketView full = estimates.complete(view, event.sequence());
        return full == view ? event : withTicket(event, full);
    }

    static List<QueueEvent> newList() {
        return new ArrayList<>();
    }

    static QueueEvent withTicket(QueueEvent e, TicketView t) {
        return switch (e) {
            case QueueEvent.TicketIssued x -> new QueueEvent.TicketIssued(x.siteId(), x.sequence(), x.occurredAt(), t);
            case QueueEvent.TicketCalled x ->
                new QueueEvent.TicketCalled(x.siteId(), x.sequence(), x.occurredAt(), t, x.counterId());
            case QueueEvent.TicketRecalled x ->
                new QueueEvent.TicketRecalled(x.siteId(), x.sequence(), x.occurredAt(), t, x.counterId());
            case QueueEvent.ServiceStarted x ->
                new QueueEvent.ServiceStarted(x.siteId(), x.sequence(), x.occurredAt(), t);
            case QueueEvent.TicketCompleted x ->
                new QueueEvent.TicketCompleted(x.siteId(), x.sequence(), x.occurredAt(), t, x.outcome());
            case QueueEvent.TicketNoShow x -> new QueueEvent.TicketNoShow(x.siteId(), x.sequence(), x.occurredAt(), t);
            case QueueEvent.TicketParked x -> new QueueEvent.TicketParked(x.siteId(), x.sequence(), x.occurredAt(), t);
            case QueueEvent.TicketReturned x ->
                new QueueEvent.TicketReturned(x.siteId(), x.sequence(), x.occurredAt(), t);
            case QueueEvent.TicketCancelled x ->
                new QueueEvent.TicketCancelled(x.siteId(), x.sequence(), x.occurredAt(), t);
            case QueueEvent.TicketTransferred x ->
                new QueueEvent.TicketTransferred(
                        x.siteId(), x.sequence(), x.occurredAt(), t, x.fromTicketId(), x.note());
            case QueueEvent.PriorityRaised x ->
                new QueueEvent.PriorityRaised(x.siteId(), x.sequence(), x.occurredAt(), t);
            case QueueEvent.CounterStatusChanged x -> x;
        };
    }
}
