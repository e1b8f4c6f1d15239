package fi.vuoro.hardware.reader.emulator;

import fi.vuoro.hardware.reader.ReaderKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** EM4100 frames as an RDM6300 or ID-12/ID-20 sends them. */
public final class Em4100Frames {

    /** The version/customer byte of the emulated tags; real tags vary, the card number ignores it. */
    public static final int DEFAULT_VERSION = 0x10;

    private Em4100Frames() {}

    /** A valid frame for the ten-digit card number printed on the tag (0 to 4294967295). */
    public static byte[] valid(ReaderKind kind, String cardNumber) {
        return valid(kind, DEFAULT_VERSION, Long.parseLong(cardNumber));
    }

    public static byte[] valid(ReaderKind kind, int version, long cardNumber) {
        var data = tagBytes(version, cardNumber);
        return frame(kind, data, checksum(data));
    }

    /** A frame whose checksum is off by one bit. */
    public static byte[] badChecksum(ReaderKind kind, String cardNumber) {
        var data = tagBytes(DEFAULT_VERSION, Long.parseLong(cardNumber));
        return frame(kind, data, checksum(data) ^ 0x01);
    }

    /** A valid frame with its last {@code missing} bytes cut off, as when a cable is pulled mid-frame. */
    public static byte[] truncated(ReaderKind kind, String cardNumber, int missing) {
        var frame = valid(kind, cardNumber);
        return Arrays.copyOf(frame, Math.max(1, frame.length - missing));
    }

    private static byte[] tagBytes(int version, long cardNumber) {
        if (cardNumber < 0 || cardNumber > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("EM4100 card numbers are 0..4294967295");
        }
        return new byte[] {
            (byte) version,
            (byte) (cardNumber >>> 24),
            (byte) (cardNumber >>> 16),
            (byte) (cardNumber >>> 8),
            (byte) cardNumber
        };
    }

    private static int checksum(byte[] data) {
        int xor = 0;
        for (byte b : data) xor ^= b & 0xFF;
        return xor;
    }

    private static byte[] frame(ReaderKind kind, byte[] data, int checksum) {
        if (kind != ReaderKind.RDM6300 && kind != ReaderKind.ID12) {
            throw new IllegalArgumentException(kind + " does not send EM4100 frames");
        }
        var out = new ByteArrayOutputStream(16);
        out.write(0x02);
        var hex = HexFormat.of().withUpperCase();
        out.writeBytes(hex.formatHex(data).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(hex.toHexDigits((byte) checksum).getBytes(StandardCharsets.US_ASCII));
        if (kind == ReaderKind.ID12) {
            out.write(0x0D);
            out.write(0x0A);
        }
        out.write(0x03);
        return out.toByteArray();
    }
}
