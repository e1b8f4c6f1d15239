package fi.vuoro.server.lobby;

/** Why a kiosk asked for a person: the visitor pressed the button, or the kiosk noticed a struggle. */
public enum HelpReason {
    VISITOR,
    IDLE_MID_FLOW,
    BACK_AND_FORTH,
    REPEATED_FAILURES,
    TIMEOUTS;

    /** The kiosk noticed it, the visitor did not ask. */
    public boolean isStruggle() {
        return this != VISITOR;
    }
}
