package fi.vuoro.hardware.escpos;

import java.util.HexFormat;

/** Hex literals for byte-exact assertions: {@code hex("1B 40")}. */
public final class Bytes {

    private Bytes() {}

    public static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    public static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}
