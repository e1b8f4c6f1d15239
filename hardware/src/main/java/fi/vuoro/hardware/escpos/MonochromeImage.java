package fi.vuoro.hardware.escpos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A 1-bit image in ESC/POS raster order: rows top to bottom, each row {@link #bytesPerRow()} bytes, most
 * significant bit leftmost, 1 = black dot.
 */
public final class MonochromeImage {

    private final int width;
    private final int height;
    private final byte[] bits;

    public MonochromeImage(int width, int height, byte[] bits) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("empty image " + width + "x" + height);
        if (bits.length != ((width + 7) / 8) * height) {
            throw new IllegalArgumentException("expected " + ((width + 7) / 8) * height + " bytes, got " + bits.length);
        }
        this.width = width;
        this.height = height;
        this.bits = bits.clone();
    }

    /** Converts a colour image; transparent pixels count as white (paper). */
    public static MonochromeImage from(BufferedImage image, Dithering dithering) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] grey = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                float alpha = ((argb >>> 24) & 0xFF) / 255f;
                float lum = (0.299f * ((argb >> 16) & 0xFF) + 0.587f * ((argb >> 8) & 0xFF) + 0.114f * (argb & 0xFF));
                grey[y * w + x] = lum * alpha + 255f * (1 - alpha);
            }
        }
        int bytesPerRow = (w + 7) / 8;
        byte[] bits = new byte[bytesPerRow * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float old = grey[y * w + x];
                boolean black = old < 128f;
                if (black) bits[y * bytesPerRow + x / 8] |= (byte) (0x80 >> (x % 8));
                if (dithering == Dithering.FLOYD_STEINBERG) {
                    float err = old - (black ? 0f : 255f);
                    spread(grey, w, h, x + 1, y, err * 7 / 16);
                    spread(grey, w, h, x - 1, y + 1, err * 3 / 16);
                    spread(grey, w, h, x, y + 1, err * 5 / 16);
                    spread(grey, w, h, x + 1, y + 1, err * 1 / 16);
                }
            }
        }
        return new MonochromeImage(w, h, bits);
    }

    private static void spread(float[] grey, int w, int h, int x, int y, float amount) {
        if (x >= 0 && x < w && y < h) grey[y * w + x] += amount;
    }

    /**
     * Scales to exactly {@code dots} wide keeping the aspect ratio: a printer prints nothing past its last dot,
     * and a narrower image would sit off-centre.
     */
    public static BufferedImage scaleToWidth(BufferedImage image, int dots) {
        if (image.getWidth() == dots) return image;
        int height = Math.max(1, Math.round(image.getHeight() * (dots / (float) image.getWidth())));
        var scaled = new BufferedImage(dots, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, dots, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, dots, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int bytesPerRow() {
        return (width + 7) / 8;
    }

    public boolean isBlack(int x, int y) {
        return (bits[y * bytesPerRow() + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    /** Rows {@code [fromRow, fromRow + rows)} as raster bytes. */
    public byte[] rows(int fromRow, int rows) {
        int bpr = bytesPerRow();
        return Arrays.copyOfRange(bits, fromRow * bpr, (fromRow + rows) * bpr);
    }

    public byte[] bits() {
        return bits.clone();
    }

    /** Back to a black-on-white image, for previews and the emulator. */
    public BufferedImage toBufferedImage() {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, isBlack(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }
}
