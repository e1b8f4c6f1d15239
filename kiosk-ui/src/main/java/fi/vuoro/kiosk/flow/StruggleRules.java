package fi.vuoro.kiosk.flow;

import java.time.Duration;

/**
 * When the kiosk offers help by itself.
 *
 * @param idleMidFlow no touch for this long part-way through the flow
 * @param reversals this many "back" presses in one visit
 * @param failures this many failed attempts (unreadable card, unknown code, failed issue)
 */
public record StruggleRules(Duration idleMidFlow, int reversals, int failures) {

    public static final StruggleRules DEFAULTS = new StruggleRules(Duration.ofSeconds(30), 3, 2);

    public StruggleRules {
        if (idleMidFlow == null || idleMidFlow.isNegative() || idleMidFlow.isZero()) {
            throw new IllegalArgumentException("idleMidFlow must be positive: " + idleMidFlow);
        }
        if (reversals < 1 || failures < 1) {
            throw new IllegalArgumentException("reversals and failures must be at least 1");
        }
    }
}
