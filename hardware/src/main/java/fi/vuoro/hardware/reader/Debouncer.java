package fi.vuoro.hardware.reader;

/**
 * Suppresses repeats of the same read until the card has been out of sight for the window: an RDM6300 resends a
 * held tag every ~50 ms, so the window slides with every sighting rather than starting at the first.
 */
final class Debouncer {

    private final long windowNanos;
    private String lastKey;
    private long lastSeenNanos;

    Debouncer(long windowNanos) {
        if (windowNanos < 0) throw new IllegalArgumentException("debounce window must not be negative");
        this.windowNanos = windowNanos;
    }

    /** Records a sighting and returns true if it repeats the previous one within the window. */
    boolean isRepeat(String key, long nanoTime) {
        boolean repeat = key.equals(lastKey) && nanoTime - lastSeenNanos <= windowNanos;
        lastKey = key;
        lastSeenNanos = nanoTime;
        return repeat;
    }
}
