package fi.vuoro.server.messaging;

import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.QueueSnapshot;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.stereotype.Controller;

/**
 * Snapshot on subscribe: a client subscribing to {@code /app/site.{site}.queue} gets the site's queue once, as of
 * its sequence number, straight back on that subscription (not through the broker).
 */
@Controller
class QueueSnapshotController {

    private final ObjectProvider<QueueReader> queue;

    QueueSnapshotController(ObjectProvider<QueueReader> queue) {
        this.queue = queue;
    }

    @SubscribeMapping("site.{site}.queue")
    QueueSnapshot snapshot(@DestinationVariable String site) {
        var reader = queue.getIfAvailable();
        if (reader == null) {
            throw new MessagingException("the queue engine is not running");
        }
        return reader.snapshot(site);
    }
}
