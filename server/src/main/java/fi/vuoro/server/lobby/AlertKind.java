package fi.vuoro.server.lobby;

/** What needs reception's attention now. */
public enum AlertKind {
    POOR_RATING,
    /** A waiting visitor is well past the wait they were quoted ({@link PromisePolicy}). */
    BROKEN_PROMISE,
    /** A kiosk's printer, card reader or scanner is in trouble. */
    DEVICE_TROUBLE
}
