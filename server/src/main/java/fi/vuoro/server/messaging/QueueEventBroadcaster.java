package fi.vuoro.server.messaging;

import fi.vuoro.server.queue.QueueEvent;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Publishes queue events to STOMP once their transaction committed, so no client ever sees a change that was
 * rolled back. Events published outside a transaction (the engine may publish after its own commit) go out at once.
 * Calls go to every display at once through {@link TopicFanout}.
 */
@Component
class QueueEventBroadcaster {

    private final SimpMessagingTemplate broker;
    private final TopicFanout fanout;

    QueueEventBroadcaster(SimpMessagingTemplate broker, TopicFanout fanout) {
        this.broker = broker;
        this.fanout = fanout;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(QueueEvent event) {
        broker.convertAndSend(Destinations.queueTopic(event.siteId()), QueueDelta.of(event));
        CallAnnouncement.of(event).ifPresent(call -> fanout.send(Destinations.callsTopic(event.siteId()), call));
    }
}
