package fi.vuoro.kiosk.flow;

import java.time.Duration;

/**
 * Idle limits of the flow. WCAG 2.2.1 asks that a time limit warns and can be extended, hence a warning phase
 * before the reset instead of a silent jump back to the attract screen.
 *
 * @param idleWarning idle time mid-flow before "Are you still there?" appears
 * @param warningGrace how long the warning stays before the kiosk resets
 * @param ticketShown how long the ticket screen stays after the last touch
 * @param helpWait how long the kiosk keeps the screen while a person is on the way
 */
public record FlowTimeouts(Duration idleWarning, Duration warningGrace, Duration ticketShown, Duration helpWait) {

    public static final FlowTimeouts DEFAULTS = new FlowTimeouts(
            Duration.ofSeconds(45), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofMinutes(5));

    public FlowTimeouts {
        for (var d : new Duration[] {idleWarning, warningGrace, ticketShown, helpWait}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("flow time-outs must be positive: " + d);
            }
        }
    }
}
