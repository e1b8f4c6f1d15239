package fi.vuoro.server.lobby;

/**
 * What an appointment system knows about the visitor that matters for greeting. No names: only flags.
 *
 * @param firstVisit {@code null} when unknown
 */
public record AppointmentFacts(boolean vip, boolean accessibilityNeed, Boolean firstVisit) {

    public static final AppointmentFacts UNKNOWN = new AppointmentFacts(false, false, null);
}
