package fi.vuoro.server.estimate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service time learned from completed tickets, per service and hour of day. Each cell is an exponentially weighted
 * moving average: the first samples are averaged plainly (weight 1/n) until the weight reaches {@link #ALPHA}, so
 * a fresh cell converges quickly and then follows drift (a new doctor, a slow afternoon). An hour with fewer than
 * {@link #MIN_HOUR_SAMPLES} samples falls back to the service's all-day average, and a service with no history to
 * its configured typical time.
 */
public final class ServiceTimeModel {

    static final double ALPHA = 0.15;
    static final int MIN_HOUR_SAMPLES = 5;

    public record Cell(String serviceId, int hour, double meanSeconds, int samples) {}

    private final Map<String, Cell> cells = new ConcurrentHashMap<>();

    public ServiceTimeModel(Iterable<Cell> known) {
        known.forEach(c -> cells.put(key(c.serviceId(), c.hour()), c));
    }

    /** Learns one observation; returns the updated cell (for persisting). */
    public Cell observe(String serviceId, int hour, Duration serviceTime) {
        return cells.compute(key(serviceId, hour), (k, old) -> next(old, serviceId, hour, serviceTime));
    }

    public static Cell next(Cell old, String serviceId, int hour, Duration serviceTime) {
        double seconds = Math.max(1, serviceTime.toMillis() / 1000.0);
        if (old == null) {
            return new Cell(serviceId, hour, seconds, 1);
        }
        double weight = Math.max(ALPHA, 1.0 / (old.samples() + 1));
        return new Cell(serviceId, hour, old.meanSeconds() + weight * (seconds - old.meanSeconds()), old.samples() + 1);
    }

    public Duration expected(String serviceId, int hour, Duration typical) {
        Cell cell = cells.get(key(serviceId, hour));
        if (cell != null && cell.samples() >= MIN_HOUR_SAMPLES) {
            return seconds(cell.meanSeconds());
        }
        double sum = 0;
        int n = 0;
        for (Cell c : cells.values()) {
            if (c.serviceId().equals(serviceId)) {
                sum += c.meanSeconds() * c.samples();
                n += c.samples();
            }
        }
        return n >= MIN_HOUR_SAMPLES ? seconds(sum / n) : typical;
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private static String key(String serviceId, int hour) {
        return serviceId + '@' + hour;
    }
}
