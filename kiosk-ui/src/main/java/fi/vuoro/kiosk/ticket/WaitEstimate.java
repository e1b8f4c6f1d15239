package fi.vuoro.kiosk.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * An estimated wait as a visitor should read it: honest rounding (never promise less than the estimate), five-
 * minute steps for longer waits, the clock time it points to, and never "about 0 min": a visitor who is next in
 * line reads "You are next", a wait under a minute reads "Less than a minute". Returns message keys and arguments
 * so each language words it itself. The one place the kiosk turns seconds into words.
 */
public record WaitEstimate(String key, Object... args) {

    /** No estimate (the server has none, or sent a negative figure): say nothing rather than guess. */
    public static final WaitEstimate UNKNOWN = new WaitEstimate("wait.unknown");

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The wait for a ticket taken now, for a service tile; {@code null} or negative seconds: not known. */
    public static WaitEstimate of(Long seconds) {
        if (seconds == null || seconds < 0) return UNKNOWN;
        if (seconds == 0) return new WaitEstimate("wait.none");
        if (seconds < 60) return new WaitEstimate("wait.underMinute");
        long minutes = roundedMinutes(seconds);
        return minutes <= 1 ? new WaitEstimate("wait.oneMinute") : new WaitEstimate("wait.minutes", minutes);
    }

    /**
     * The wait of an issued ticket with the time of day it points to, for the ticket screen and the printout.
     *
     * @param position the ticket's place in line (1 = next), {@code null} when not known (e.g. issued offline)
     */
    public static WaitEstimate forTicket(Long seconds, Integer position, Clock clock) {
        if (seconds == null || seconds < 0) return UNKNOWN;
        boolean next = position != null && position == 1;
        if (seconds < 60 && (next || seconds == 0)) return new WaitEstimate("wait.next");
        if (seconds < 60) return new WaitEstimate("wait.underMinute");
        long minutes = roundedMinutes(seconds);
        var at = LocalTime.now(clock).plus(Duration.ofMinutes(minutes));
        // Round the clock time up to five minutes as well: "around 10:40" reads better than "around 10:37".
        int extra = (5 - at.getMinute() % 5) % 5;
        String clockTime = at.plusMinutes(extra).format(HH_MM);
        return minutes <= 1
                ? new WaitEstimate("wait.oneMinuteAt", clockTime)
                : new WaitEstimate("wait.minutesAt", minutes, clockTime);
    }

    public boolean known() {
        return !key.equals(UNKNOWN.key);
    }

    static long roundedMinutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes > 10 ? ((minutes + 4) / 5) * 5 : minutes;
    }
}
