package fi.vuoro.hardware.ticket;

import fi.vuoro.hardware.escpos.Alignment;
import fi.vuoro.hardware.escpos.Dithering;
import fi.vuoro.hardware.escpos.EscPosEncoder;
import fi.vuoro.hardware.escpos.MonochromeImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF page as printer dots. Slow on the wire (a 576×560 ticket is ~40 KB: 42 s at 9,600 baud), so only for
 * printers without a usable text mode and the rare PDF print; tickets go as text through {@link
 * EscPosTicketEncoder}.
 */
public final class PdfRaster {

    /** Thermal heads are 8 dots/mm. */
    public static final float PRINTER_DPI = 203.2f;

    /** Renders page 0 in black and white, exactly {@code width.dots()} wide. */
    public MonochromeImage render(byte[] pdf, PaperWidth width) {
        try (var doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, PRINTER_DPI, ImageType.BINARY);
            // A page exactly 72/48 mm wide renders to 576/384 dots give or take rounding; normalise the rest.
            return MonochromeImage.from(MonochromeImage.scaleToWidth(page, width.dots()), Dithering.THRESHOLD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render PDF", e);
        }
    }

    /** The page as a complete raster print job: initialise, image, feed and cut. */
    public byte[] toEscPos(byte[] pdf, PaperWidth width) {
        return new EscPosEncoder()
                .initialise()
                .align(Alignment.LEFT)
                .raster(render(pdf, width))
                .feed(3)
                .partialCut(3)
                .toBytes();
    }
}
