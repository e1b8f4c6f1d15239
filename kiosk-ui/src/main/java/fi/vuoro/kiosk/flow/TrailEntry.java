package fi.vuoro.kiosk.flow;

import java.time.Instant;

/**
 * One thing the visitor did, kept so reception does not have to ask them to start over.
 *
 * @param value the step's code or id (see {@link TrailStep}), or {@code null}
 */
public record TrailEntry(Instant at, TrailStep step, String value) {

    /** The line's code part as sent to the server: {@code CODE} or {@code CODE value}. */
    public String what() {
        return value == null ? step.name() : step.name() + " " + value;
    }
}
