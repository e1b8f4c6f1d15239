package fi.vuoro.kiosk.offline;

import fi.vuoro.kiosk.server.ConnectionState;
import fi.vuoro.kiosk.server.QueueGateway;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClientException;

/**
 * Keeps the offline side in step with the server on one background thread: imports tickets issued offline (until
 * each has a final answer; a failed attempt is simply tried again next round, with the same keys, so a retry can
 * only ever be answered ALREADY_IMPORTED), and while online leases a new block for any service with fewer than half
 * a block left. Nothing here throws into the thread: a round that fails is logged and the next one tries again.
 */
public final class OfflineSync implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OfflineSync.class);
    static final int BATCH = 100;

    private final QueueGateway online;
    private final OfflineStore store;
    private final BlockClient client;
    private final int blockSize;
    private final Duration interval;
    private final AtomicLong failedRounds = new AtomicLong();
    private ScheduledExecutorService executor;

    OfflineSync(QueueGateway online, OfflineStore store, BlockClient client, int blockSize, Duration interval) {
        this.online = online;
        this.store = store;
        this.client = client;
        this.blockSize = blockSize;
        this.interval = interval;
    }

    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "kiosk-offline-sync");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round: import, then top up. Public for tests that drive it by hand. */
    public void round() {
        try {
            reconcile();
            if (online.connectionState() == ConnectionState.ONLINE) topUp();
        } catch (RestClientException e) {
            failedRounds.incrementAndGet();
            log.debug("offline sync round failed, retrying later: {}", e.getMessage());
        } catch (RuntimeException e) {
            failedRounds.incrementAndGet();
            log.warn("offline sync round failed, retrying later", e);
        }
    }

    private void reconcile() {
        var pending = store.pending();
        while (!pending.isEmpty()) {
            var batch = pending.subList(0, Math.min(BATCH, pending.size()));
            var answers = client.importTickets(batch);
            for (var answer : answers) {
                store.settle(answer);
                if ("REJECTED".equals(answer.status())) {
                    log.error("offline ticket {} rejected by the server: {}", answer.key(), answer.message());
                }
            }
            log.info("imported {} offline tickets ({} answered)", batch.size(), answers.size());
            var left = store.pending();
            if (left.size() >= pending.size()) return; // no progress: the server answered none; next round
            pending = left;
        }
    }

    private void topUp() {
        for (var service : online.services()) {
            if (store.remaining(service.id()) * 2 < blockSize) {
                var block = client.lease(service.id(), blockSize);
                store.addBlock(block);
                log.info(
                        "leased offline block {}{}–{} for {}",
                        block.prefix(),
                        block.first(),
                        block.last(),
                        service.id());
            }
        }
    }

    public long failedRounds() {
        return failedRounds.get();
    }

    @Override
    public synchronized void close() {
        if (executor != null) executor.shutdownNow();
    }
}
