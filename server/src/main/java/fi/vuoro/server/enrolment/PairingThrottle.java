package fi.vuoro.server.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits anonymous pairing requests per remote address: at most {@code limit} in any {@code window}. A kiosk asks
 * again only when its code expires (every 15 minutes), so a handful per window is generous for real devices and
 * stops anyone from filling the table or fishing for codes. In memory, per node.
 */
final class PairingThrottle {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    PairingThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Records a request from {@code address}; empty when allowed, else how long until the next one is. */
    Optional<Duration> acquire(String address) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(window);
        if (recent.size() > 10_000) {
            recent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || !times.peekLast().isAfter(cutoff);
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(address, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                return Optional.of(Duration.between(cutoff, times.peekFirst()));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }
}
