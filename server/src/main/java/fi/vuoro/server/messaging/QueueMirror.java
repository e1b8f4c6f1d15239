package fi.vuoro.server.messaging;

import fi.vuoro.server.queue.QueueSnapshot;
import fi.vuoro.server.queue.TicketView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Client-side copy of one site's queue, kept true by a snapshot plus the deltas after it (kiosks, displays and
 * views use it; transport wiring is in {@link QueueFeed}).
 *
 * <ul>
 *   <li>Deltas that arrive before the first snapshot are held and replayed after it.
 *   <li>A delta at or below the current sequence is a duplicate or already in the snapshot: ignored.
 *   <li>A delta that skips a number means something was missed: the mirror asks for a new snapshot (once, until
 *       it arrives), reports itself out of sync, and holds later deltas until then.
 * </ul>
 *
 * <p>Per-ticket position and estimate are as of the last change to that ticket; the next snapshot refreshes them.
 * Thread-safe; the callbacks run outside the lock.
 */
public final class QueueMirror {

    /** Deltas held while waiting for a snapshot; beyond this the oldest go (the snapshot will cover them). */
    private static final int MAX_HELD = 10_000;

    private final String siteId;
    private final Runnable requestSnapshot;
    private final Consumer<QueueMirror> onChange;

    private final Map<String, TicketView> tickets = new LinkedHashMap<>();
    private final TreeMap<Long, QueueDelta> held = new TreeMap<>();
    private List<QueueSnapshot.ServiceSummary> services = List.of();
    private long sequence = -1;
    private boolean awaitingSnapshot = true;
    private boolean snapshotRequested;
    private int resyncs;

    /**
     * @param requestSnapshot asks the server for a fresh snapshot, answered later by {@link
     *     #applySnapshot(QueueSnapshot)}; called on a gap and from {@link #markStale()}
     * @param onChange told after every change of the mirrored state
     */
    public QueueMirror(String siteId, Runnable requestSnapshot, Consumer<QueueMirror> onChange) {
        this.siteId = siteId;
        this.requestSnapshot = requestSnapshot;
        this.onChange = onChange;
    }

    public void applySnapshot(QueueSnapshot snapshot) {
        synchronized (this) {
            if (!siteId.equals(snapshot.siteId()) || (!awaitingSnapshot && snapshot.sequence() < sequence)) {
                return; // another site, or older than what we already show
            }
            tickets.clear();
            snapshot.tickets().forEach(ticket -> tickets.put(ticket.id(), ticket));
            services = List.copyOf(snapshot.services());
            sequence = snapshot.sequence();
            awaitingSnapshot = false;
            snapshotRequested = false;
        }
        drainHeld();
    }

    public void applyDelta(QueueDelta delta) {
        boolean changed = false;
        boolean gap = false;
        synchronized (this) {
            if (!siteId.equals(delta.siteId())) {
                return;
            }
            if (awaitingSnapshot) {
                hold(delta);
            } else if (delta.sequence() == sequence + 1) {
                apply(delta);
                changed = true;
            } else if (delta.sequence() > sequence + 1) {
                hold(delta);
                awaitingSnapshot = true;
                resyncs++;
                gap = !snapshotRequested;
                snapshotRequested = true;
            }
            // else: at or below our sequence, already applied
        }
        if (gap) {
            requestSnapshot.run();
        }
        if (changed) {
            drainHeld();
        }
    }

    /**
     * The connection dropped: keep showing the last state but flag it out of sync and ask for a snapshot, which the
     * transport delivers once it is connected again.
     */
    public void markStale() {
        boolean request;
        synchronized (this) {
            awaitingSnapshot = true;
            request = !snapshotRequested;
            snapshotRequested = true;
        }
        onChange.accept(this);
        if (request) {
            requestSnapshot.run();
        }
    }

    /** Called by the transport when a requested snapshot could not be asked for (e.g. still offline). */
    public synchronized void snapshotRequestFailed() {
        snapshotRequested = false;
    }

    private void drainHeld() {
        synchronized (this) {
            if (!awaitingSnapshot) {
                held.headMap(sequence, true).clear();
                while (!held.isEmpty() && held.firstKey() == sequence + 1) {
                    apply(held.pollFirstEntry().getValue());
                }
            }
        }
        onChange.accept(this);
    }

    private void apply(QueueDelta delta) {
        if (delta.endedTicketId() != null) {
            tickets.remove(delta.endedTicketId());
        }
        var ticket = delta.ticket();
        if (ticket != null) {
            if (ticket.status().isOpen()) {
                tickets.put(ticket.id(), ticket);
            } else {
                tickets.remove(ticket.id());
            }
        }
        sequence = delta.sequence();
    }

    private void hold(QueueDelta delta) {
        held.put(delta.sequence(), delta);
        if (held.size() > MAX_HELD) {
            held.pollFirstEntry();
        }
    }

    /** Open tickets: the snapshot's policy order, tickets that appeared later after them. */
    public synchronized List<TicketView> tickets() {
        return new ArrayList<>(tickets.values());
    }

    /** Per-service figures of the last snapshot. */
    public synchronized List<QueueSnapshot.ServiceSummary> services() {
        return services;
    }

    /** Sequence number of the state shown; {@code -1} before the first snapshot. */
    public synchronized long sequence() {
        return sequence;
    }

    /** False before the first snapshot, after a detected gap and while stale, until the next snapshot. */
    public synchronized boolean inSync() {
        return !awaitingSnapshot;
    }

    /** How many gaps made the mirror resynchronise. */
    public synchronized int resyncs() {
        return resyncs;
    }

    public String siteId() {
        return siteId;
    }
}
