package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Positions and estimated waits per site, computed <em>outside</em> the writing transactions and cached by the
 * site's change sequence. A write never replays the queue while it holds the site lock.
 *
 * <p>A cached computation is used while it is at least as new as the sequence the caller needs and younger than
 * {@link #MAX_AGE} (waits depend on the clock too). Otherwise, while the queue is small ({@link #SYNC_LIMIT} open
 * tickets: the normal case, a few milliseconds), it is recomputed at once, coalesced: callers queue on a per-site lock and whoever comes second
 * finds the first one's result already new enough. With a larger queue (tens of thousands waiting in the benchmark)
 * callers get the cached figures (waits aged by the time passed) and, for tickets newer than the cache, a
 * provisional place at the end of their service; one background refresh, spaced by twice its own duration,
 * catches up. {@link #current} with {@code mustBeCurrent} always waits (snapshots).
 */
@Component
class SiteEstimates {

    private static final Logger LOG = LoggerFactory.getLogger(SiteEstimates.class);
    static final Duration MAX_AGE = Duration.ofSeconds(2);
    /** Up to this many open tickets a computation takes a few milliseconds: always compute when needed. */
    static final int SYNC_LIMIT = 1_000;

    /** One computation: the open tickets and their estimate as of {@code sequence}. */
    record Computed(
            Site site,
            long sequence,
            Instant at,
            List<TicketRow> open,
            QueueEstimates.Estimate estimate,
            Map<String, Integer> waitingPerService,
            Map<String, AtomicInteger> provisionalPerService,
            Map<String, Integer> provisionalPositions) {

        int waitingIn(String serviceId) {
            return waitingPerService.getOrDefault(serviceId, 0);
        }
    }

    private static final class SiteCache {
        volatile Computed latest;
        volatile long lastNanos;
        volatile long nextRefreshNanos;
        final ReentrantLock computing = new ReentrantLock();
        final AtomicBoolean refreshQueued = new AtomicBoolean();
    }

    private final TransactionTemplate readTx;
    private final SiteDirectory directory;
    private final SiteLock lock;
    private final TicketRows rows;
    private final QueueEstimates estimates;
    private final Clock clock;
    private final Map<String, SiteCache> caches = new ConcurrentHashMap<>();
    private final Executor background = Executors.newVirtualThreadPerTaskExecutor();

    SiteEstimates(
            PlatformTransactionManager transactions,
            SiteDirectory directory,
            SiteLock lock,
            TicketRows rows,
            QueueEstimates estimates,
            Clock clock) {
        this.readTx = new TransactionTemplate(transactions);
        readTx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        readTx.setReadOnly(true);
        // Always its own transaction: never inside (and never holding up) a writer's.
        readTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.directory = directory;
        this.lock = lock;
        this.rows = rows;
        this.estimates = estimates;
        this.clock = clock;
    }

    /**
     * The site's estimate as of at least {@code minSequence} (or, when that is expensive and {@code mustBeCurrent}
     * is false, the newest one available).
     */
    Computed current(String siteId, long minSequence, boolean mustBeCurrent) {
        SiteCache cache = caches.computeIfAbsent(siteId, id -> new SiteCache());
        Computed c = cache.latest;
        if (fresh(c, minSequence)) {
            return c;
        }
        // A caller inside a transaction already holds a connection: computing needs a second one (and may wait
        // for another computing thread that waits for a connection), so it takes the newest figures instead.
        boolean holdsConnection = TransactionSynchronizationManager.isActualTransactionActive();
        if (!mustBeCurrent && c != null && (holdsConnection || c.open().size() > SYNC_LIMIT)) {
            refreshLater(siteId, cache);
            return c;
        }
        cache.computing.lock();
        try {
            c = cache.latest;
            if (fresh(c, minSequence)) {
                return c;
            }
            return computeNow(siteId, cache);
        } finally {
            cache.computing.unlock();
        }
    }

    /** The current figures, reading the site's sequence first (for reads that know no sequence). */
    Computed current(String siteId) {
        return current(siteId, lock.current(siteId), false);
    }

    /** The view with position and wait filled in from an estimate at least as new as {@code minSequence}. */
    TicketView complete(TicketView view, long minSequence) {
        if (view == null || view.status() != TicketStatus.WAITING || view.position() != null) {
            return view;
        }
        return withEstimate(view, current(view.siteId(), minSequence, false));
    }

    TicketView withEstimate(TicketView view, Computed c) {
        if (view.status() != TicketStatus.WAITING) {
            return view;
        }
        Instant now = clock.instant();
        long aged = Math.max(0, Duration.between(c.at(), now).toSeconds());
        Integer position = c.estimate().positions().get(view.id());
        Long wait;
        if (position != null) {
            Long cached = c.estimate().waits().get(view.id());
            wait = cached == null ? null : Math.max(0, cached - aged);
        } else {
            // Newer than the computation: provisionally at the end of its service, counting the others that
            // arrived since; the next computation places it exactly.
            position = c.provisionalPositions()
                    .computeIfAbsent(
                            view.id(),
                            id -> c.waitingIn(view.serviceId())
                                    + c.provisionalPerService()
                                            .computeIfAbsent(view.serviceId(), k -> new AtomicInteger())
                                            .incrementAndGet());
            Long newTicket = c.estimate().newTicketWaits().get(view.serviceId());
            wait = newTicket == null
                    ? null
                    : Math.round(newTicket * (double) position / Math.max(1, c.waitingIn(view.serviceId()) + 1));
        }
        return new TicketView(
                view.id(),
                view.visitId(),
                view.siteId(),
                view.number(),
                view.serviceId(),
                view.status(),
                view.priority(),
                view.priorityReason(),
                view.language(),
                position,
                wait,
                view.issuedAt(),
                view.calledAt(),
                view.counterId(),
                view.recallCount(),
                view.appointmentReference());
    }

    /** Forgets cached figures (tests that change the clock or the configuration directly). */
    void invalidate(String siteId) {
        SiteCache cache = caches.get(siteId);
        if (cache != null) {
            cache.latest = null;
        }
    }

    private boolean fresh(Computed c, long minSequence) {
        return c != null
                && c.sequence() >= minSequence
                && !clock.instant().isAfter(c.at().plus(MAX_AGE))
                && !clock.instant().isBefore(c.at());
    }

    private Computed computeNow(String siteId, SiteCache cache) {
        long started = System.nanoTime();
        Computed c = readTx.execute(status -> {
            Site site = directory.site(siteId).orElseThrow(() -> new NotFoundException("No site '" + siteId + "'"));
            long sequence = lock.current(siteId);
            Instant now = clock.instant();
            List<TicketRow> open = rows.open(siteId);
            QueueEstimates.Estimate e = estimates.estimate(site, open, now);
            Map<String, Integer> perService = open.stream()
                    .filter(t -> t.status() == TicketStatus.WAITING)
                    .collect(Collectors.toMap(TicketRow::serviceId, t -> 1, Integer::sum));
            return new Computed(
                    site, sequence, now, open, e, perService, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        });
        long took = System.nanoTime() - started;
        cache.lastNanos = took;
        cache.nextRefreshNanos = System.nanoTime() + 2 * took;
        Computed previous = cache.latest;
        if (previous == null || c.sequence() >= previous.sequence()) {
            cache.latest = c;
        }
        return c;
    }

    private void refreshLater(String siteId, SiteCache cache) {
        if (!cache.refreshQueued.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            try {
                long wait = cache.nextRefreshNanos - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
                cache.refreshQueued.set(false);
                if (cache.computing.tryLock()) {
                    try {
                        computeNow(siteId, cache);
                    } finally {
                        cache.computing.unlock();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("Background estimate of site {} failed: {}", siteId, e.toString());
            } finally {
                cache.refreshQueued.set(false);
            }
        });
    }
}
