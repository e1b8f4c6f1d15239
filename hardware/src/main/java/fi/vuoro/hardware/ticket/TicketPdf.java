package fi.vuoro.hardware.ticket;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The ticket as a one-page PDF exactly as wide as the printable area (72 or 48 mm) and as tall as its content,
 * with DejaVu embedded so å, ä, ö and € look the same everywhere. Used for the on-screen and e-mailed ticket and,
 * through {@link PdfRaster}, for printers that only take images.
 */
public final class TicketPdf {

    private static final float MARGIN = 6f;
    private static final float GAP = 4f;

    /** Renders the layout; unlike the printer path, the PDF can show any character DejaVu has. */
    public byte[] render(TicketLayout t) {
        try (var doc = new PDDocument()) {
            PDType0Font regular = load(doc, false);
            PDType0Font bold = load(doc, true);
            float width = t.paperWidth().points();
            float textWidth = width - 2 * MARGIN;

            var blocks = new ArrayList<Block>();
            if (t.logo() != null) blocks.add(image(doc, t, width));
            if (TicketLayout.present(t.header())) blocks.add(text(bold, 9, t.header(), textWidth, width));
            blocks.add(text(bold, t.paperWidth() == PaperWidth.MM80 ? 40 : 32, t.ticketNumber(), textWidth, width));
            if (TicketLayout.present(t.serviceName())) blocks.add(text(bold, 11, t.serviceName(), textWidth, width));
            if (TicketLayout.present(t.estimatedTimeText())) {
                blocks.add(text(regular, 9, t.estimatedTimeText(), textWidth, width));
            }
            if (TicketLayout.present(t.whereToGoText()))
                blocks.add(text(regular, 9, t.whereToGoText(), textWidth, width));
            if (TicketLayout.present(t.qrPayload()))
                blocks.add(modules(QrMatrix.qr(t.qrPayload()), width, 0.45f, true));
            if (TicketLayout.present(t.code128Payload())) {
                blocks.add(modules(QrMatrix.code128(t.code128Payload()), width, 0.75f, false));
                blocks.add(text(regular, 7, t.code128Payload(), textWidth, width));
            }
            blocks.add(text(regular, 8, t.issuedAtText(), textWidth, width));
            if (TicketLayout.present(t.footer())) blocks.add(text(regular, 8, t.footer(), textWidth, width));

            float height = (float) (2 * MARGIN
                    + blocks.stream().mapToDouble(b -> b.height + GAP).sum());
            var page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            try (var cs = new PDPageContentStream(doc, page)) {
                float top = height - MARGIN;
                for (Block b : blocks) {
                    b.painter.paint(cs, top);
                    top -= b.height + GAP;
                }
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("ticket PDF failed", e);
        }
    }

    private static PDType0Font load(PDDocument doc, boolean bold) throws IOException {
        try (InputStream in = BundledFonts.open(bold)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    private interface Painter {
        void paint(PDPageContentStream cs, float top) throws IOException;
    }

    private record Block(float height, Painter painter) {}

    private static Block text(PDType0Font font, float size, String text, float maxWidth, float pageWidth)
            throws IOException {
        List<String> lines = TextWrap.measured(text, maxWidth, s -> widthOf(font, size, s));
        float leading = size * 1.2f;
        return new Block(lines.size() * leading, (cs, top) -> {
            float baseline = top - size;
            for (String line : lines) {
                float x = (pageWidth - (float) widthOf(font, size, line)) / 2;
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(x, baseline);
                cs.showText(line);
                cs.endText();
                baseline -= leading;
            }
        });
    }

    private static double widthOf(PDType0Font font, float size, String s) {
        try {
            return font.getStringWidth(s) / 1000.0 * size;
        } catch (IOException | IllegalArgumentException e) {
            // A glyph DejaVu lacks: treat as very wide so the wrapper isolates it; showText will then report it.
            return Double.MAX_VALUE / 4;
        }
    }

    /** QR or barcode modules as filled rectangles: vector, so it stays sharp at any zoom or printer. */
    private static Block modules(BitMatrix m, float pageWidth, float widthShare, boolean square) {
        float module = pageWidth * widthShare / m.getWidth();
        // QR wants a quiet zone of about four modules; the gaps between blocks give one, this adds the rest.
        float quiet = square ? 3 * module : 0f;
        float height = square ? module * m.getHeight() + 2 * quiet : 28f;
        float left = (pageWidth - module * m.getWidth()) / 2;
        return new Block(height, (cs, top) -> {
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (!m.get(x, y)) continue;
                    if (square) cs.addRect(left + x * module, top - quiet - (y + 1) * module, module, module);
                    else cs.addRect(left + x * module, top - height, module, height);
                }
            }
            cs.fill();
        });
    }

    private static Block image(PDDocument doc, TicketLayout t, float pageWidth) throws IOException {
        PDImageXObject image = LosslessFactory.createFromImage(doc, t.logo().toBufferedImage());
        float scale = pageWidth / t.paperWidth().dots();
        float w = t.logo().width() * scale;
        float h = t.logo().height() * scale;
        return new Block(h, (cs, top) -> cs.drawImage(image, (pageWidth - w) / 2, top - h, w, h));
    }
}
