package fi.vuoro.hardware.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/**
 * Text to code page PC858 bytes (selected with {@code ESC t 19}). PC858 is PC850 with the euro sign, and holds
 * every Finnish, Swedish and English letter. Characters outside it are transliterated where a reader would accept
 * the substitute (typographic quotes and dashes, accented Latin letters without their accents); anything else is
 * printed as {@code ?} and reported, never dropped in silence.
 */
public final class Pc858Text {

    /** Java's name for PC858. */
    public static final Charset CHARSET = Charset.forName("IBM00858");

    private static final Map<Integer, String> SUBSTITUTES = Map.ofEntries(
            Map.entry(0x2018, "'"), // left single quotation mark
            Map.entry(0x2019, "'"),
            Map.entry(0x201A, "'"),
            Map.entry(0x2032, "'"),
            Map.entry(0x201C, "\""),
            Map.entry(0x201D, "\""),
            Map.entry(0x201E, "\""),
            Map.entry(0x2033, "\""),
            Map.entry(0x2010, "-"),
            Map.entry(0x2011, "-"),
            Map.entry(0x2012, "-"),
            Map.entry(0x2013, "-"), // en dash
            Map.entry(0x2014, "-"), // em dash
            Map.entry(0x2015, "-"),
            Map.entry(0x2212, "-"),
            Map.entry(0x2026, "..."),
            Map.entry(0x2022, "*"),
            Map.entry(0x00A0, " "),
            Map.entry(0x2009, " "),
            Map.entry(0x202F, " "),
            Map.entry(0x2007, " "),
            Map.entry(0x0009, " "),
            Map.entry(0x2122, "TM"),
            Map.entry(0x0141, "L"),
            Map.entry(0x0142, "l"),
            Map.entry(0x0110, "D"),
            Map.entry(0x0111, "d"),
            Map.entry(0x0152, "OE"),
            Map.entry(0x0153, "oe"));

    private Pc858Text() {}

    /** The bytes and what could not be printed. */
    public record Encoded(byte[] bytes, List<Unprintable> unprintable) {}

    /**
     * Encodes text for printing. Control characters are dropped and reported too: they would otherwise reach the
     * printer as commands.
     */
    public static Encoded encode(String text) {
        // A fresh encoder per call: CharsetEncoder is stateful and not thread-safe.
        CharsetEncoder encoder = CHARSET.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var out = new ByteArrayOutputStream(text.length());
        var unprintable = new java.util.ArrayList<Unprintable>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String chunk = printableForm(encoder, cp);
            if (chunk == null) {
                unprintable.add(Unprintable.at(cp, i));
                out.write('?');
            } else {
                byte[] bytes = encodeStrict(encoder, chunk);
                out.write(bytes, 0, bytes.length);
            }
            i += Character.charCount(cp);
        }
        return new Encoded(out.toByteArray(), unprintable);
    }

    /** Encodes or throws {@link UnprintableTextException}. */
    public static byte[] encodeStrict(String text) {
        Encoded encoded = encode(text);
        if (!encoded.unprintable().isEmpty()) {
            throw new UnprintableTextException(new EncodingReport(encoded.unprintable()));
        }
        return encoded.bytes();
    }

    private static String printableForm(CharsetEncoder encoder, int cp) {
        if (Character.isISOControl(cp)) {
            String sub = SUBSTITUTES.get(cp);
            return sub; // tab becomes a space, every other control is unprintable
        }
        String self = Character.toString(cp);
        if (encoder.canEncode(self)) return self;
        String sub = SUBSTITUTES.get(cp);
        if (sub != null) return sub;
        // ŝ, č, ő ... : the base letter is better than a question mark for a name on a ticket.
        String stripped = Normalizer.normalize(self, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (!stripped.isEmpty() && !stripped.equals(self) && encoder.canEncode(stripped)) return stripped;
        return null;
    }

    private static byte[] encodeStrict(CharsetEncoder encoder, String chunk) {
        try {
            ByteBuffer buffer = encoder.reset().encode(CharBuffer.wrap(chunk));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("canEncode said yes for " + chunk, e);
        }
    }

    /** Decodes PC858 bytes, for the emulator. */
    public static String decode(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, CHARSET);
    }
}
