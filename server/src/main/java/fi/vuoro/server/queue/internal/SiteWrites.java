package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.TicketView;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for one site's queue changes. Every command runs as a unit of work with the site row locked; one
 * writer thread per site takes all units that queued up meanwhile and runs them in <em>one</em> transaction, each
 * inside its own savepoint (a unit that fails is rolled back alone and its caller gets the error). Only after that
 * transaction committed does the site's publisher thread publish the units' events in sequence order and release
 * the callers, while the writer already runs the next batch: a ticket is acknowledged exactly when it is durable,
 * the site lock still serialises nodes sharing a database, and the sequence stays gap-free. Under load one commit
 * (one H2 chunk write, one PostgreSQL fsync) serves hundreds of commands; alone, a command costs what it did
 * before.
 *
 * <p>A caller already inside a transaction runs its unit there and then (it cannot wait for another thread's
 * commit); its events go out after that transaction commits.
 */
@Component
class SiteWrites {

    /** Runs with the site row locked, inside the batch's transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Instant now);
    }

    private static final int MAX_BATCH = 512;

    private final TransactionTemplate tx;
    private final SiteLock lock;
    private final AfterCommitEvents events;
    private final SiteEstimates estimates;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final Map<String, Writer> writers = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    SiteWrites(
            TransactionTemplate tx,
            SiteLock lock,
            AfterCommitEvents events,
            SiteEstimates estimates,
            Clock clock,
            MeterRegistry metrics) {
        this.tx = tx;
        this.lock = lock;
        this.events = events;
        this.estimates = estimates;
        this.clock = clock;
        this.metrics = metrics;
    }

    <T> T run(String siteId, Work<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive() || stopped) {
            return tx.execute(status -> {
                lock.lock(siteId);
                return work.run(clock.instant());
            });
        }
        Unit<T> unit = new Unit<>(work);
        writers.computeIfAbsent(siteId, Writer::new).queue.add(unit);
        try {
            T result = unit.done.join();
            return complete(result, unit.lastSequence);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T complete(T result, long sequence) {
        // No event (e.g. an idempotent retry): any current figures will do.
        sequence = Math.max(sequence, 0);
        if (result instanceof TicketView view) {
            return (T) estimates.complete(view, sequence);
        }
        if (result instanceof Optional<?> optional && optional.orElse(null) instanceof TicketView view) {
            return (T) Optional.of(estimates.complete(view, sequence));
        }
        return result;
    }

    /**
     * Publishes {@code event} from the site's writer thread, in order with the batches' events, without waiting. For
     * events of a caller's own transaction: its after-commit callback still holds that transaction's connection, and
     * completing an event (the estimate reads in a transaction of its own) or a listener's data access there would
     * need a second connection while holding the first; enough such callers at once exhaust the pool.
     */
    void publishLater(QueueEvent event) {
        if (stopped) {
            events.publishNow(event);
            return;
        }
        writers.computeIfAbsent(event.siteId(), Writer::new).queue.add(new Publish(event));
    }

    @PreDestroy
    void stop() {
        stopped = true;
        writers.values().forEach(w -> w.thread.interrupt());
    }

    /** A queue item: a unit of work, or an event committed elsewhere that only needs publishing. */
    private sealed interface Item permits Unit, Publish {}

    private record Publish(QueueEvent event) implements Item, Outgoing {}

    /** A publisher's item: a batch that finished (committed or rolled back), an event, or the end. */
    private sealed interface Outgoing permits Finished, Publish, End {}

    private record Finished(List<Unit<?>> batch) implements Outgoing {}

    private record End() implements Outgoing {}

    private static final class Unit<T> implements Item {
        final Work<T> work;
        final CompletableFuture<T> done = new CompletableFuture<>();
        final List<QueueEvent> events = new ArrayList<>();
        T result;
        RuntimeException error;
        volatile long lastSequence = -1;

        Unit(Work<T> work) {
            this.work = work;
        }

        void runIn(Instant now) {
            result = AfterCommitEvents.collecting(events, () -> work.run(now));
        }
    }

    /**
     * One site's writer: runs the queued units in batches, each batch one transaction. What happens after a commit
     * (completing the events' ticket views with positions and estimates, publishing them, releasing the callers) is
     * handed to the site's publisher thread, in commit order, so the writer starts the next batch at once. When the
     * publisher falls behind, its first estimate reads the newest committed state and serves every event waiting
     * behind it: one queue replay for several batches instead of one each.
     */
    private final class Writer implements Runnable {
        final String siteId;
        final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
        final LinkedBlockingQueue<Outgoing> outgoing = new LinkedBlockingQueue<>();
        final Thread thread;
        /** Units per transaction: how much one commit (one H2 chunk write, one PostgreSQL fsync) serves. */
        final DistributionSummary batchSizes;
        /** One batch's transaction, statements and commit. */
        final Timer batchTimes;

        Writer(String siteId) {
            this.siteId = siteId;
            this.batchSizes = DistributionSummary.builder("vuoro.queue.batch.units")
                    .description("Queue changes committed together in one transaction")
                    .tag("site", siteId)
                    .register(metrics);
            this.batchTimes = Timer.builder("vuoro.queue.batch.time")
                    .description("Time to run and commit one batch of queue changes")
                    .tag("site", siteId)
                    .register(metrics);
            Thread.ofPlatform().daemon().name("queue-publisher-" + siteId).start(this::publishLoop);
            this.thread =
                    Thread.ofPlatform().daemon().name("queue-writer-" + siteId).start(this);
        }

        @Override
        public void run() {
            try {
                writeLoop();
            } finally {
                outgoing.add(new End());
            }
        }

        private void writeLoop() {
            List<Item> items = new ArrayList<>();
            List<Unit<?>> batch = new ArrayList<>();
            while (!stopped) {
                try {
                    items.add(queue.take());
                } catch (InterruptedException e) {
                    break;
                }
                queue.drainTo(items, MAX_BATCH - 1);
                // In queue order: units group-commit together until an event to publish comes between them.
                for (Item item : items) {
                    switch (item) {
                        case Unit<?> unit -> batch.add(unit);
                        case Publish publish -> {
                            if (!batch.isEmpty()) {
                                runBatch(batch);
                                batch = new ArrayList<>();
                            }
                            outgoing.add(publish);
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    runBatch(batch);
                    batch = new ArrayList<>();
                }
                items.clear();
            }
            Item left;
            while ((left = queue.poll()) != null) {
                switch (left) {
                    case Unit<?> unit ->
                        unit.done.completeExceptionally(new IllegalStateException("The server is shutting down"));
                    case Publish publish -> outgoing.add(publish);
                }
            }
        }

        private void runBatch(List<Unit<?>> batch) {
            batchSizes.record(batch.size());
            long started = System.nanoTime();
            try {
                tx.executeWithoutResult(status -> {
                    lock.lock(siteId);
                    if (batch.size() == 1) {
                        batch.getFirst().runIn(clock.instant());
                        return;
                    }
                    for (Unit<?> unit : batch) {
                        Object savepoint = status.createSavepoint();
                        try {
                            unit.runIn(clock.instant());
                            status.releaseSavepoint(savepoint);
                        } catch (RuntimeException e) {
                            status.rollbackToSavepoint(savepoint);
                            unit.events.clear();
                            unit.error = e;
                        }
                    }
                });
            } catch (RuntimeException e) {
                // Nothing of this transaction committed.
                for (Unit<?> unit : batch) {
                    unit.events.clear();
                    if (unit.error == null) {
                        unit.error = e;
                    }
                }
            }
            batchTimes.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            outgoing.add(new Finished(batch));
        }

        /** Publishes in commit order, then releases the batch's callers; runs until the writer has ended. */
        private void publishLoop() {
            List<Outgoing> items = new ArrayList<>();
            while (true) {
                try {
                    items.add(outgoing.take());
                } catch (InterruptedException e) {
                    // Only the end item stops this loop: callers of committed batches must be released.
                    continue;
                }
                outgoing.drainTo(items);
                for (Outgoing item : items) {
                    switch (item) {
                        case Finished finished -> publishAndRelease(finished.batch());
                        case Publish publish -> publish(publish.event());
                        case End end -> {
                            return;
                        }
                    }
                }
                items.clear();
            }
        }

        private void publishAndRelease(List<Unit<?>> batch) {
            for (Unit<?> unit : batch) {
                for (QueueEvent event : unit.events) {
                    publish(event);
                    unit.lastSequence = Math.max(unit.lastSequence, event.sequence());
                }
            }
            for (Unit<?> unit : batch) {
                finish(unit);
            }
        }

        private void publish(QueueEvent event) {
            try {
                events.publishNow(event);
            } catch (RuntimeException e) {
                // A failing listener must not fail a committed change (nor anyone else's).
                org.slf4j.LoggerFactory.getLogger(SiteWrites.class)
                        .warn("Publishing {} failed: {}", event.getClass().getSimpleName(), e.toString());
            }
        }

        private <T> void finish(Unit<T> unit) {
            if (unit.error != null) {
                unit.done.completeExceptionally(unit.error);
            } else {
                unit.done.complete(unit.result);
            }
        }
    }
}
