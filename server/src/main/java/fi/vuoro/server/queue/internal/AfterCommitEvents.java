package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.QueueEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes queue events only once their transaction committed: a subscriber must never see a change that was
 * rolled back, and a snapshot it then fetches must already contain the change.
 */
@Component
class AfterCommitEvents {

    private final ApplicationEventPublisher publisher;

    AfterCommitEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void publish(QueueEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publisher.publishEvent(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publisher.publishEvent(event);
            }
        });
    }
}
