package fi.vuoro.kiosk.flow;

/** Where a visitor is in the check-in, in flow order. */
public enum Step {
    ATTRACT,
    LANGUAGE,
    SERVICE,
    IDENTIFY,
    ISSUING,
    TICKET;

    /** Steps in which a visitor is part-way through and could be stuck. */
    public boolean isMidFlow() {
        return this == LANGUAGE || this == SERVICE || this == IDENTIFY;
    }
}
