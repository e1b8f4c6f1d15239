package fi.vuoro.kiosk.devices;

import fi.vuoro.hardware.reader.ReaderKind;

/** What a reader saw, as the kiosk's screens need it. Card numbers arrive only as a keyed hash and a mask. */
public sealed interface DeviceRead {

    record CardTapped(ReaderKind kind, String cardHash, String masked) implements DeviceRead {}

    /** A scanned code (appointment QR, barcode); not secret. */
    record CodeScanned(String payload) implements DeviceRead {}

    /** The decoder rejected a frame: a card held badly, a bent stripe, a damaged code. */
    record Unreadable(ReaderKind kind) implements DeviceRead {}
}
