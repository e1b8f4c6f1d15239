package fi.vuoro.hardware.emulator;

import com.google.zxing.common.BitMatrix;
import fi.vuoro.hardware.escpos.Alignment;
import fi.vuoro.hardware.escpos.MonochromeImage;
import fi.vuoro.hardware.ticket.BundledFonts;
import fi.vuoro.hardware.ticket.QrMatrix;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a ticket as the paper would look: one pixel per printer dot (576 or 384 wide), font A cells of 12×24
 * dots drawn with DejaVu Sans, native QR codes and CODE128 redrawn from their data with ZXing.
 */
public final class TicketPngRenderer {

    /** Font A cell height and the default line pitch (ESC 2, 1/6 inch ≈ 30 dots at 203 dpi). */
    private static final int CELL_HEIGHT = 24;

    private static final int LINE_PITCH = 30;
    private static final float FONT_PIXELS = 21f;
    private static final int MARGIN = 16;

    public byte[] png(EmulatedTicket ticket) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(render(ticket), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BufferedImage render(EmulatedTicket ticket) {
        int width = ticket.paperWidth().dots();
        int height = MARGIN * 2;
        for (TicketElement e : ticket.elements()) height += heightOf(e);
        var image = new BufferedImage(width, Math.max(height, 1), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = MARGIN;
            for (TicketElement e : ticket.elements()) {
                draw(g, e, y, width);
                y += heightOf(e);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int heightOf(TicketElement e) {
        return switch (e) {
            case TicketElement.TextLine line -> LINE_PITCH + CELL_HEIGHT * (line.maxHeight() - 1);
            case TicketElement.Feed feed -> LINE_PITCH * feed.lines();
            // Quiet zone of 4 modules above and below, as the printer's own feed would leave.
            case TicketElement.QrCode qr -> {
                BitMatrix m = qrOrNull(qr.data());
                yield m == null ? LINE_PITCH : (m.getHeight() + 8) * qr.moduleSize();
            }
            case TicketElement.Barcode bc -> bc.height() + (bc.textBelow() ? LINE_PITCH : 0) + 8;
            case TicketElement.Image img -> img.image().height();
        };
    }

    private static void draw(Graphics2D g, TicketElement e, int y, int width) {
        switch (e) {
            case TicketElement.TextLine line -> drawLine(g, line, y, width);
            case TicketElement.Feed feed -> {}
            case TicketElement.QrCode qr -> {
                BitMatrix m = qrOrNull(qr.data());
                if (m == null) {
                    g.setFont(BundledFonts.awt(false, FONT_PIXELS));
                    g.drawString("[QR data too long]", 0, y + CELL_HEIGHT);
                    return;
                }
                int size = m.getWidth() * qr.moduleSize();
                int x0 = left(qr.alignment(), size, width);
                int y0 = y + 4 * qr.moduleSize();
                modules(g, m, x0, y0, qr.moduleSize(), qr.moduleSize());
            }
            case TicketElement.Barcode bc -> {
                BitMatrix m = QrMatrix.code128(bc.data());
                int x0 = left(bc.alignment(), m.getWidth() * bc.moduleWidth(), width);
                modules(g, m, x0, y + 4, bc.moduleWidth(), bc.height());
                if (bc.textBelow()) {
                    g.setFont(BundledFonts.awt(false, FONT_PIXELS));
                    FontMetrics fm = g.getFontMetrics();
                    int tx = left(bc.alignment(), fm.stringWidth(bc.data()), width);
                    g.drawString(bc.data(), tx, y + 4 + bc.height() + fm.getAscent());
                }
            }
            case TicketElement.Image img ->
                image(g, img.image(), left(img.alignment(), img.image().width(), width), y);
        }
    }

    private static void drawLine(Graphics2D g, TicketElement.TextLine line, int y, int width) {
        if (line.runs().isEmpty()) return;
        int lineHeight = CELL_HEIGHT * line.maxHeight();
        double total = 0;
        for (var run : line.runs()) total += runWidth(g, run);
        // DejaVu is proportional and a little wider than font A on some lines: squeeze rather than clip.
        double squeeze = total > width ? width / total : 1.0;
        double x = left(line.alignment(), (int) Math.ceil(total * squeeze), width);
        for (var run : line.runs()) {
            Font font = runFont(run, squeeze);
            g.setFont(font);
            int baseline = y + lineHeight - Math.round(CELL_HEIGHT * run.height() * 0.22f);
            g.drawString(run.text(), (float) x, baseline);
            x += g.getFontMetrics().getStringBounds(run.text(), g).getWidth();
        }
    }

    private static double runWidth(Graphics2D g, TicketElement.Run run) {
        g.setFont(runFont(run, 1.0));
        return g.getFontMetrics().getStringBounds(run.text(), g).getWidth();
    }

    private static Font runFont(TicketElement.Run run, double squeeze) {
        Font base = BundledFonts.awt(run.bold(), FONT_PIXELS * run.height());
        double sx = (double) run.width() / run.height() * squeeze;
        return sx == 1.0 ? base : base.deriveFont(AffineTransform.getScaleInstance(sx, 1.0));
    }

    /** A printer given data it cannot fit in a symbol prints nothing; so do we, with a note. */
    private static BitMatrix qrOrNull(String data) {
        try {
            return QrMatrix.qr(data);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int left(Alignment alignment, int contentWidth, int width) {
        return switch (alignment) {
            case LEFT -> 0;
            case CENTRE -> Math.max(0, (width - contentWidth) / 2);
            case RIGHT -> Math.max(0, width - contentWidth);
        };
    }

    private static void modules(Graphics2D g, BitMatrix m, int x0, int y0, int moduleWidth, int moduleHeight) {
        for (int my = 0; my < m.getHeight(); my++) {
            for (int mx = 0; mx < m.getWidth(); mx++) {
                if (m.get(mx, my)) g.fillRect(x0 + mx * moduleWidth, y0 + my * moduleHeight, moduleWidth, moduleHeight);
            }
        }
    }

    private static void image(Graphics2D g, MonochromeImage img, int x0, int y0) {
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                if (img.isBlack(x, y)) g.fillRect(x0 + x, y0 + y, 1, 1);
            }
        }
    }
}
