package fi.vuoro.server.messaging;

import fi.vuoro.server.queue.QueueSnapshot;
import java.lang.reflect.Type;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;

/**
 * Connects a {@link QueueMirror} to a STOMP session: subscribes to the site's delta topic first, then asks for the
 * snapshot, so nothing falls between the two (deltas already in the snapshot are ignored by sequence).
 */
public final class QueueFeed {

    private QueueFeed() {}

    /** Follows the site's queue on an open session; the session needs a JSON message converter. */
    public static QueueMirror follow(StompSession session, String siteId, Consumer<QueueMirror> onChange) {
        return follow(session, siteId, onChange, delta -> true);
    }

    /**
     * As {@link #follow(StompSession, String, Consumer)}, with a filter on incoming deltas; a filter that drops a
     * delta simulates a message lost in transit (tests, fault drills).
     */
    static QueueMirror follow(
            StompSession session, String siteId, Consumer<QueueMirror> onChange, Predicate<QueueDelta> deliver) {
        var holder = new QueueMirror[1];
        var mirror = new QueueMirror(siteId, () -> requestSnapshot(session, holder[0]), onChange);
        holder[0] = mirror;
        session.subscribe(Destinations.queueTopic(siteId), frames(QueueDelta.class, delta -> {
            if (deliver.test(delta)) {
                mirror.applyDelta(delta);
            }
        }));
        requestSnapshot(session, mirror);
        return mirror;
    }

    private static void requestSnapshot(StompSession session, QueueMirror mirror) {
        if (!session.isConnected()) {
            mirror.snapshotRequestFailed();
            return;
        }
        // The server answers a snapshot subscription exactly once. It is deliberately never unsubscribed: with the
        // RabbitMQ relay every UNSUBSCRIBE goes to the broker, which knows nothing of /app subscriptions and closes
        // the session with "No subscription found". One idle client-side entry per resync is the price.
        session.subscribe(Destinations.snapshot(mirror.siteId()), frames(QueueSnapshot.class, mirror::applySnapshot));
    }

    private static <T> StompFrameHandler frames(Class<T> type, Consumer<T> consumer) {
        return new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return type;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                consumer.accept(type.cast(payload));
            }
        };
    }
}
