package fi.vuoro.server.health;

/** The serial devices a kiosk reports on. */
public enum DeviceComponent {
    PRINTER,
    CARD_READER,
    SCANNER
}
