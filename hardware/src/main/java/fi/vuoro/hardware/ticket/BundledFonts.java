package fi.vuoro.hardware.ticket;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans and Sans Bold shipped in the jar (licence beside them): kiosks have few system fonts, PDFBox's
 * standard 14 fonts cover only Latin-1 and render bold as regular when not embedded.
 */
public final class BundledFonts {

    private static final String REGULAR = "/fi/vuoro/hardware/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fi/vuoro/hardware/fonts/DejaVuSans-Bold.ttf";

    private static volatile Font regularAwt;
    private static volatile Font boldAwt;

    private BundledFonts() {}

    /** A fresh stream of the TTF; the caller closes it. */
    public static InputStream open(boolean bold) {
        InputStream in = BundledFonts.class.getResourceAsStream(bold ? BOLD : REGULAR);
        if (in == null) throw new IllegalStateException("bundled font missing: " + (bold ? BOLD : REGULAR));
        return in;
    }

    /** The font for Java2D at the given pixel size. */
    public static Font awt(boolean bold, float size) {
        Font base = bold ? boldAwt : regularAwt;
        if (base == null) {
            try (InputStream in = open(bold)) {
                base = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font unreadable", e);
            }
            if (bold) boldAwt = base;
            else regularAwt = base;
        }
        return base.deriveFont(size);
    }
}
