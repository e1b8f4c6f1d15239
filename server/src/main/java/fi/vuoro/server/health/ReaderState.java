package fi.vuoro.server.health;

/** Card reader and scanner states as the kiosk reports them. */
public enum ReaderState {
    OK,
    DOWN,
    /** Not configured on this kiosk. */
    NONE;

    public boolean isTrouble() {
        return this == DOWN;
    }
}
