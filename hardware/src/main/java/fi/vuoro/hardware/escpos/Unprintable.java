package fi.vuoro.hardware.escpos;

/**
 * One character that the printer's code page cannot show and that has no sensible transliteration.
 *
 * @param character the character as text (one code point)
 * @param offset its UTF-16 offset in the text handed to the encoder
 * @param name its Unicode name, so a log line says what went missing even when the log cannot show it
 */
public record Unprintable(String character, int offset, String name) {

    static Unprintable at(int codePoint, int offset) {
        String name = Character.getName(codePoint);
        return new Unprintable(
                Character.toString(codePoint), offset, name != null ? name : "U+%04X".formatted(codePoint));
    }
}
