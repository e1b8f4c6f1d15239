package fi.vuoro.server.lobby;

/** OPEN → ANSWERED ("I'm coming") → GREETED; CANCELLED when the visitor left the kiosk before anyone came. */
public enum HelpStatus {
    OPEN,
    ANSWERED,
    GREETED,
    CANCELLED;

    public boolean isActive() {
        return this == OPEN || this == ANSWERED;
    }
}
