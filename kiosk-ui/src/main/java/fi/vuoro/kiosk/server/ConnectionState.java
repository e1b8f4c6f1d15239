package fi.vuoro.kiosk.server;

/** Whether the kiosk currently hears the server; shown discreetly on every screen. */
public enum ConnectionState {
    CONNECTING,
    ONLINE,
    OFFLINE
}
