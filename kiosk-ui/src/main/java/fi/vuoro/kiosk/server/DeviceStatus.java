package fi.vuoro.kiosk.server;

/**
 * The kiosk's devices as it reports them to the server (state names such as {@code OK}, {@code PAPER_OUT},
 * {@code OFFLINE}, {@code NONE}). The hardware module fills this in later work.
 */
public record DeviceStatus(String printer, String cardReader, String scanner) {}
