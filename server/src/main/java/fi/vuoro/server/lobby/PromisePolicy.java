package fi.vuoro.server.lobby;

import java.time.Duration;
import java.time.Instant;

/**
 * When a quoted wait counts as broken. "Well past" means both more than {@link #RELATIVE_SLACK} over the quoted wait
 * and at least {@link #ABSOLUTE_SLACK} over it: a 20-minute quote breaks at 30 minutes, a 4-minute quote at 14, a
 * 60-minute quote at 90. Small quotes are not alarms after a few extra minutes; long ones are not excused for an
 * hour.
 */
public final class PromisePolicy {

    public static final double RELATIVE_SLACK = 0.5;
    public static final Duration ABSOLUTE_SLACK = Duration.ofMinutes(10);

    private PromisePolicy() {}

    /** The moment the promise made at {@code checkedInAt} with {@code quoted} counts as broken. */
    public static Instant breaksAt(Instant checkedInAt, Duration quoted) {
        Duration relative = Duration.ofMillis((long) (quoted.toMillis() * (1 + RELATIVE_SLACK)));
        Duration absolute = quoted.plus(ABSOLUTE_SLACK);
        return checkedInAt.plus(relative.compareTo(absolute) > 0 ? relative : absolute);
    }

    public static boolean isBroken(Instant checkedInAt, Duration quoted, Instant now) {
        return now.isAfter(breaksAt(checkedInAt, quoted));
    }
}
