package fi.vuoro.hardware.reader.emulator;

import java.nio.charset.StandardCharsets;

/** Magnetic stripe output as an ASCII serial reader sends it. */
public final class MagStripeFrames {

    private static final String STX = "\u0002";
    private static final String ETX = "\u0003";

    private MagStripeFrames() {}

    public static byte[] track1(String pan, String name, String yymm) {
        return ascii("%B" + pan + "^" + name + "^" + yymm + "1010000000?");
    }

    public static byte[] track2(String pan, String yymm) {
        return ascii(";" + pan + "=" + yymm + "1010000?");
    }

    /** A full swipe: STX, track 1, track 2, CR, ETX, as many readers send it. */
    public static byte[] swipe(String pan, String name, String yymm) {
        return ascii(
                STX + "%B" + pan + "^" + name + "^" + yymm + "1010000000?;" + pan + "=" + yymm + "1010000?\r" + ETX);
    }

    /** What a reader sends after a bad swipe. */
    public static byte[] readError() {
        return ascii(STX + "%E?;E?\r" + ETX);
    }

    /** Track 2 without its field separator: well-formed bytes, not a valid track. */
    public static byte[] badFormat(String pan) {
        return ascii(";" + pan + "?");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
