package fi.vuoro.server.estimate;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Forecasts when each waiting ticket will be called by replaying the queue: the counter that becomes free first
 * asks the dispatcher (the real call policy) whom it would call at that moment, serves that ticket for the
 * expected service time, and so on. Counters that are closed are simply not passed in; a counter whose work profile
 * covers none of the remaining tickets drops out. Tickets no open counter serves get no forecast.
 */
public final class WaitForecaster {

    /** Whom would this counter call at {@code at}, from the tickets still waiting? Returns a ticket id. */
    @FunctionalInterface
    public interface Dispatcher {
        Optional<String> pick(String counterId, Set<String> waitingIds, Instant at);
    }

    /** Expected time to serve one ticket of a service starting at a given moment. */
    @FunctionalInterface
    public interface ServiceTimes {
        Duration expected(String serviceId, Instant at);
    }

    public record Job(String ticketId, String serviceId) {}

    /** An open counter and when it will be free (now, or when its current visitor is expected to leave). */
    public record CounterState(String counterId, Instant freeAt) {}

    private final ServiceTimes serviceTimes;

    public WaitForecaster(ServiceTimes serviceTimes) {
        this.serviceTimes = serviceTimes;
    }

    /** @return forecast call time per ticket id; tickets absent from the map cannot be forecast */
    public Map<String, Instant> callTimes(
            List<Job> waiting, List<CounterState> counters, Instant now, Dispatcher dispatcher) {
        Map<String, String> serviceOf = new HashMap<>();
        waiting.forEach(j -> serviceOf.put(j.ticketId(), j.serviceId()));
        Set<String> remaining = new java.util.LinkedHashSet<String>();
        waiting.forEach(j -> remaining.add(j.ticketId())); // keeps the caller's order for dispatchers that use it
        Map<String, Instant> result = new LinkedHashMap<>();
        record Free(String counterId, Instant at) {}
        PriorityQueue<Free> free =
                new PriorityQueue<>(Comparator.comparing(Free::at).thenComparing(Free::counterId));
        for (CounterState c : counters) {
            free.add(new Free(c.counterId(), c.freeAt().isBefore(now) ? now : c.freeAt()));
        }
        while (!remaining.isEmpty() && !free.isEmpty()) {
            Free counter = free.poll();
            Optional<String> picked = dispatcher.pick(counter.counterId(), remaining, counter.at());
            if (picked.isEmpty() || !remaining.remove(picked.get())) {
                continue; // serves none of those left: out of the replay
            }
            result.put(picked.get(), counter.at());
            Duration service = serviceTimes.expected(serviceOf.get(picked.get()), counter.at());
            free.add(new Free(counter.counterId(), counter.at().plus(service)));
        }
        return result;
    }

    /** Convenience: waits in whole seconds from {@code now}. */
    public static Map<String, Long> waitsSeconds(Map<String, Instant> callTimes, Instant now) {
        Map<String, Long> waits = new HashMap<>();
        callTimes.forEach(
                (id, at) -> waits.put(id, Math.max(0, Duration.between(now, at).toSeconds())));
        return waits;
    }
}
