package fi.vuoro.hardware.emulator;

/**
 * The emulated printer's condition, set by a test or the CLI.
 *
 * @param silent answers nothing at all, like a printer that is switched off or hung
 */
public record DeviceState(boolean paperNearEnd, boolean paperOut, boolean coverOpen, boolean silent) {

    public static DeviceState healthy() {
        return new DeviceState(false, false, false, false);
    }

    public boolean canPrint() {
        return !paperOut && !coverOpen && !silent;
    }

    /** Reply to {@code DLE EOT n}; fixed bits 1 and 4 set, so a healthy printer answers {@code 12}. */
    byte realtimeReply(int n) {
        boolean offline = paperOut || coverOpen;
        int b = 0x12;
        switch (n) {
            case 1 -> b |= offline ? 0x08 : 0;
            case 2 -> b |= (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
            case 4 -> b |= (paperNearEnd || paperOut ? 0x0C : 0) | (paperOut ? 0x60 : 0);
            default -> {}
        }
        return (byte) b;
    }

    /** A 4-byte ASB frame: byte 1 offline/cover, byte 3 paper sensors. */
    byte[] asbFrame() {
        boolean offline = paperOut || coverOpen;
        int first = 0x10 | (offline ? 0x08 : 0) | (coverOpen ? 0x20 : 0);
        int third = (paperNearEnd || paperOut ? 0x03 : 0) | (paperOut ? 0x0C : 0);
        return new byte[] {(byte) first, 0x00, (byte) third, 0x00};
    }
}
