package fi.vuoro.kiosk.server;

/** Whether the kiosk currently hears the server; shown discreetly on every screen. */
public enum ConnectionState {
    CONNECTING,
    ONLINE,
    OFFLINE,
    /** No device token yet: the kiosk shows its pairing code until an admin pairs it. */
    NOT_PAIRED
}
