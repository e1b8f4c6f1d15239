package fi.vuoro.kiosk.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Live waiting figures per service, kept from one snapshot plus the queue deltas after it. Deltas carry the
 * site's change sequence; a missing number means a lost message, so the figures are marked stale and the caller
 * asks for a new snapshot rather than showing wrong numbers. Deltas that arrive before the snapshot are held
 * and replayed. Not thread-safe; the gateway serialises access.
 */
public final class LiveWaits {

    /** What happened to a delta. */
    public enum Outcome {
        APPLIED,
        STALE_IGNORED,
        HELD_FOR_SNAPSHOT,
        GAP
    }

    /** Figures for one service. */
    public record Summary(String serviceId, int waiting, long estimatedWaitSeconds, boolean open) {}

    /** One open ticket as far as waits are concerned. */
    public record Ticket(String id, String serviceId, String status, Long estimatedWaitSeconds) {}

    /**
     * A ticket changed at {@code sequence}.
     *
     * @param endedTicketId on a transfer, the ticket that ended (the new one is {@code ticket}); otherwise null
     */
    public record Delta(long sequence, Ticket ticket, String endedTicketId) {

        public Delta(long sequence, Ticket ticket) {
            this(sequence, ticket, null);
        }
    }

    private final Map<String, Summary> summaries = new HashMap<>();
    private final Map<String, Ticket> waiting = new HashMap<>();
    private final List<Delta> held = new ArrayList<>();
    private long sequence = -1;
    private boolean synced;

    /** Replaces everything with the snapshot, then replays held deltas newer than it. */
    public Outcome applySnapshot(long snapshotSequence, List<Summary> services, List<Ticket> tickets) {
        summaries.clear();
        waiting.clear();
        services.forEach(s -> summaries.put(s.serviceId(), s));
        tickets.stream().filter(t -> "WAITING".equals(t.status())).forEach(t -> waiting.put(t.id(), t));
        sequence = snapshotSequence;
        synced = true;
        var replay = new ArrayList<>(held);
        held.clear();
        replay.sort(Comparator.comparingLong(Delta::sequence));
        var outcome = Outcome.APPLIED;
        for (var delta : replay) {
            var result = applyDelta(delta);
            if (result == Outcome.GAP) {
                outcome = Outcome.GAP;
            }
        }
        return outcome;
    }

    public Outcome applyDelta(Delta delta) {
        if (!synced) {
            held.add(delta);
            return Outcome.HELD_FOR_SNAPSHOT;
        }
        if (delta.sequence() <= sequence) {
            return Outcome.STALE_IGNORED;
        }
        if (delta.sequence() != sequence + 1) {
            synced = false;
            held.add(delta);
            return Outcome.GAP;
        }
        sequence = delta.sequence();
        var ticket = delta.ticket();
        if (delta.endedTicketId() != null) {
            var ended = waiting.remove(delta.endedTicketId());
            if (ended != null) recount(ended.serviceId());
        }
        if ("WAITING".equals(ticket.status())) {
            waiting.put(ticket.id(), ticket);
        } else {
            waiting.remove(ticket.id());
        }
        recount(ticket.serviceId());
        return Outcome.APPLIED;
    }

    private void recount(String serviceId) {
        var inService = waiting.values().stream()
                .filter(t -> serviceId.equals(t.serviceId()))
                .toList();
        // A newcomer waits about as long as the last person already waiting; the server's next snapshot corrects it.
        long estimate = inService.stream()
                .map(Ticket::estimatedWaitSeconds)
                .filter(e -> e != null)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        var previous = summaries.get(serviceId);
        boolean open = previous == null || previous.open();
        summaries.put(serviceId, new Summary(serviceId, inService.size(), estimate, open));
    }

    public boolean synced() {
        return synced;
    }

    public long sequence() {
        return sequence;
    }

    public Map<String, Summary> summaries() {
        return Map.copyOf(summaries);
    }
}
