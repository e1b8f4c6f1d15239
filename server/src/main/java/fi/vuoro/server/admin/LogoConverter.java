package fi.vuoro.server.admin;

import fi.vuoro.hardware.escpos.Dithering;
import fi.vuoro.hardware.escpos.MonochromeImage;
import fi.vuoro.hardware.ticket.PaperWidth;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * Turns an uploaded PNG or JPEG into the printer's 1-bit raster: at most as wide as 58 mm paper (so one layout
 * prints on both roll widths) and {@link #MAX_HEIGHT_DOTS} high. The file type is taken from its first bytes, the
 * size from the header before any pixel is decoded, so a tiny file claiming a huge image is refused cheaply.
 */
final class LogoConverter {

    static final int MAX_BYTES = 512 * 1024;
    static final int MAX_SOURCE_PIXELS = 4096 * 4096;
    static final int MAX_WIDTH_DOTS = PaperWidth.MM58.dots();
    static final int MAX_HEIGHT_DOTS = 200;

    private LogoConverter() {}

    /** @throws AdminValidationException with a message key when the file is not a usable PNG/JPEG */
    static MonochromeImage convert(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new AdminValidationException("logo", "layout.error.logoType");
        }
        if (bytes.length > MAX_BYTES) {
            throw new AdminValidationException("logo", "layout.error.logoSize");
        }
        if (!isPng(bytes) && !isJpeg(bytes)) {
            throw new AdminValidationException("logo", "layout.error.logoType");
        }
        BufferedImage image;
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new AdminValidationException("logo", "layout.error.logoType");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_SOURCE_PIXELS) {
                    throw new AdminValidationException("logo", "layout.error.logoSize");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AdminValidationException refused) {
                throw refused;
            }
            throw new AdminValidationException("logo", "layout.error.logoType");
        }
        return MonochromeImage.from(fit(image), Dithering.THRESHOLD);
    }

    /** Scales down (never up) to fit {@link #MAX_WIDTH_DOTS} × {@link #MAX_HEIGHT_DOTS}. */
    static BufferedImage fit(BufferedImage image) {
        double scale = Math.min(
                1.0,
                Math.min(MAX_WIDTH_DOTS / (double) image.getWidth(), MAX_HEIGHT_DOTS / (double) image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        if (width == image.getWidth()) {
            return flatten(image);
        }
        return MonochromeImage.scaleToWidth(image, width);
    }

    /** Paints transparent areas white (paper) by drawing on a white RGB canvas. */
    private static BufferedImage flatten(BufferedImage image) {
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}
