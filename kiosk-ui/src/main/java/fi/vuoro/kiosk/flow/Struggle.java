package fi.vuoro.kiosk.flow;

/** Why the kiosk thinks the visitor needs a person. */
public enum Struggle {
    IDLE_MID_FLOW,
    BACK_AND_FORTH,
    REPEATED_FAILURES
}
