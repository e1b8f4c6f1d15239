package fi.vuoro.server.retention;

import java.time.Instant;
import java.util.List;

/** What one run of the retention job purged. */
public record PurgeRun(long id, Instant startedAt, Instant finishedAt, String triggeredBy, List<Item> items) {

    public record Item(String kind, Instant cutoff, long purged) {}

    public long total() {
        return items.stream().mapToLong(Item::purged).sum();
    }
}
