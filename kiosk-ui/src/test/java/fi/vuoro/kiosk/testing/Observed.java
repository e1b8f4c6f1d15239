package fi.vuoro.kiosk.testing;

import java.util.concurrent.TimeUnit;

/** Figures the journeys print: a moment that was never seen prints as "not observed", never as "-1 ms". */
public final class Observed {

    private Observed() {}

    /**
     * @param startNanos {@link System#nanoTime()} when the measurement began
     * @param seenNanos {@link System#nanoTime()} when the thing was seen, or 0 when it never was
     */
    public static String millisSince(long startNanos, long seenNanos) {
        return seenNanos == 0 ? "not observed" : TimeUnit.NANOSECONDS.toMillis(seenNanos - startNanos) + " ms";
    }
}
