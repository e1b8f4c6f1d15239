package fi.vuoro.kiosk.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * An estimated wait as a visitor should read it: honest rounding (never promise less than the estimate), five-
 * minute steps for longer waits, and the clock time it points to. Returns message keys and arguments so each
 * language words it itself.
 */
public record WaitEstimate(String key, Object... args) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The wait alone, for a service tile. */
    public static WaitEstimate of(long seconds) {
        if (seconds <= 0) return new WaitEstimate("wait.none");
        long minutes = roundedMinutes(seconds);
        return minutes <= 1 ? new WaitEstimate("wait.oneMinute") : new WaitEstimate("wait.minutes", minutes);
    }

    /** The wait with the time of day it points to, for the ticket. */
    public static WaitEstimate withClockTime(long seconds, Clock clock) {
        if (seconds <= 0) return new WaitEstimate("wait.none");
        long minutes = roundedMinutes(seconds);
        var at = LocalTime.now(clock).plus(Duration.ofMinutes(minutes));
        // Round the clock time up to five minutes as well: "around 10:40" reads better than "around 10:37".
        int extra = (5 - at.getMinute() % 5) % 5;
        return new WaitEstimate("wait.minutesAt", minutes, at.plusMinutes(extra).format(HH_MM));
    }

    static long roundedMinutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes > 10 ? ((minutes + 4) / 5) * 5 : minutes;
    }
}
