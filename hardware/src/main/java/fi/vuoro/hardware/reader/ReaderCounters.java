package fi.vuoro.hardware.reader;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a reader has seen since start, for the health board and diagnostics. Written by the link's reader thread,
 * read from anywhere.
 */
public final class ReaderCounters {

    private final LongAdder accepted = new LongAdder();
    private final LongAdder debounced = new LongAdder();
    private final LongAdder skippedBytes = new LongAdder();
    /** Filled once for every reason, never resized, so concurrent reads need no lock. */
    private final Map<RejectReason, LongAdder> rejected = new EnumMap<>(RejectReason.class);

    public ReaderCounters() {
        for (var reason : RejectReason.values()) rejected.put(reason, new LongAdder());
    }

    /** Reads handed on. */
    public long accepted() {
        return accepted.sum();
    }

    /** Valid repeats of the card just read, suppressed (an RDM6300 repeats every ~50 ms while a tag is held). */
    public long debounced() {
        return debounced.sum();
    }

    /** Bytes outside any frame (line noise, a device talking another protocol). */
    public long skippedBytes() {
        return skippedBytes.sum();
    }

    public long rejected(RejectReason reason) {
        return rejected.get(reason).sum();
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Snapshot snapshot() {
        var byReason = new EnumMap<RejectReason, Long>(RejectReason.class);
        rejected.forEach((reason, count) -> byReason.put(reason, count.sum()));
        return new Snapshot(accepted(), debounced(), skippedBytes(), Collections.unmodifiableMap(byReason));
    }

    void recordAccepted() {
        accepted.increment();
    }

    void recordDebounced() {
        debounced.increment();
    }

    void recordSkipped(int bytes) {
        skippedBytes.add(bytes);
    }

    void recordRejected(RejectReason reason) {
        rejected.get(reason).increment();
    }

    public record Snapshot(long accepted, long debounced, long skippedBytes, Map<RejectReason, Long> rejected) {}
}
