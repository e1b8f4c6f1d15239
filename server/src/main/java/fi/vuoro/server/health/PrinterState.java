package fi.vuoro.server.health;

/** Printer states as the kiosk reports them (docs/device-channel.md). */
public enum PrinterState {
    OK,
    PAPER_NEAR_END,
    PAPER_OUT,
    COVER_OPEN,
    OFFLINE,
    ERROR,
    /** Not configured on this kiosk. */
    NONE;

    /** The kiosk cannot print (it keeps serving with the ticket on screen); reception should know. */
    public boolean isTrouble() {
        return this == PAPER_OUT || this == COVER_OPEN || this == OFFLINE || this == ERROR;
    }
}
