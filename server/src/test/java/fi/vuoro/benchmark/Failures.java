package fi.vuoro.benchmark;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Failed requests of a phase, counted by what failed ("POST complete → 409") so a run shows whether they were the
 * workload's own conflicts (a counter completing a ticket its visitor cancelled a moment earlier) or errors. The first
 * message of each kind is printed when it happens.
 */
final class Failures {

    private static final Pattern REQUEST = Pattern.compile("^(GET|POST|PUT|DELETE) \\S*/([A-Za-z-]+) → (\\d{3})");

    private final Map<String, LongAdder> counts = new ConcurrentSkipListMap<>();

    void add(Exception e) {
        String message = String.valueOf(e.getMessage());
        var m = REQUEST.matcher(message);
        String kind = m.find()
                ? m.group(1) + " " + m.group(2) + " → " + m.group(3)
                : e.getClass().getSimpleName();
        LongAdder count = counts.computeIfAbsent(kind, k -> new LongAdder());
        count.increment();
        if (count.sum() == 1) {
            System.out.println("first failure of kind '" + kind + "': " + message);
        }
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** e.g. "POST complete → 409 × 230, POST cancel → 409 × 4" */
    String summary() {
        return counts.entrySet().stream()
                .map(e -> String.format(
                        Locale.ROOT, "%s × %,d", e.getKey(), e.getValue().sum()))
                .collect(Collectors.joining(", "));
    }
}
