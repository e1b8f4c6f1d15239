package fi.vuoro.kiosk.flow;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Notices a visitor who is stuck: idle part-way through, going back and forth, or failing repeatedly. It raises
 * one signal per visit so the kiosk offers help once instead of nagging; {@link #reset()} starts a new visit.
 */
public final class StruggleDetector {

    private final Clock clock;
    private final StruggleRules rules;
    private Instant lastActivity;
    private int reversals;
    private int failures;
    private boolean signalled;

    public StruggleDetector(Clock clock, StruggleRules rules) {
        this.clock = clock;
        this.rules = rules;
        this.lastActivity = clock.instant();
    }

    public void activity() {
        lastActivity = clock.instant();
    }

    public void reversal() {
        activity();
        reversals++;
    }

    public void failure() {
        activity();
        failures++;
    }

    public int reversals() {
        return reversals;
    }

    public int failures() {
        return failures;
    }

    /**
     * The reason to offer help, at most once per visit.
     *
     * @param midFlow whether the visitor is part-way through (idleness on the attract or ticket screen is normal)
     */
    public Optional<Struggle> check(boolean midFlow) {
        if (signalled) {
            return Optional.empty();
        }
        Struggle found = null;
        if (failures >= rules.failures()) {
            found = Struggle.REPEATED_FAILURES;
        } else if (reversals >= rules.reversals()) {
            found = Struggle.BACK_AND_FORTH;
        } else if (midFlow && !clock.instant().isBefore(lastActivity.plus(rules.idleMidFlow()))) {
            found = Struggle.IDLE_MID_FLOW;
        }
        if (found != null) {
            signalled = true;
        }
        return Optional.ofNullable(found);
    }

    public void reset() {
        lastActivity = clock.instant();
        reversals = 0;
        failures = 0;
        signalled = false;
    }
}
