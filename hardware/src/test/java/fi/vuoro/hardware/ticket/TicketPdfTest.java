package fi.vuoro.hardware.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import fi.vuoro.hardware.escpos.Bytes;
import fi.vuoro.hardware.escpos.Dithering;
import fi.vuoro.hardware.escpos.MonochromeImage;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketPdfTest {

    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 11, 23, 11, 5);

    @Test
    void pdfIsPrintableWidthWithEmbeddedDejaVuAndTheText() throws Exception {
        byte[] pdf = new TicketPdf().render(SampleTicket.of(PaperWidth.MM80, ISSUED));

        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            var page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(204.09f, org.assertj.core.data.Offset.offset(0.01f));
            var fonts = new java.util.ArrayList<PDFont>();
            for (var name : page.getResources().getFontNames())
                fonts.add(page.getResources().getFont(name));
            assertThat(fonts).hasSize(2).allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName).allMatch(n -> n.contains("DejaVuSans"));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // The PDF keeps the real en dash that the PC858 printer path has to transliterate.
            assertThat(text).contains("Yleislääkäri / Allmänläkare").contains("Odota vuoroasi – Vänta på din tur");
        }
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void rasterIsExactlyPaperWideAndItsQrCodeDecodes(PaperWidth width) throws Exception {
        byte[] pdf = new TicketPdf().render(SampleTicket.of(width, ISSUED));

        MonochromeImage raster = new PdfRaster().render(pdf, width);

        assertThat(raster.width()).isEqualTo(width.dots());
        BufferedImage image = raster.toBufferedImage();
        var result = new MultiFormatReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                        Map.of(
                                DecodeHintType.POSSIBLE_FORMATS,
                                List.of(BarcodeFormat.QR_CODE),
                                DecodeHintType.TRY_HARDER,
                                Boolean.TRUE));
        assertThat(result.getText()).isEqualTo(SampleTicket.MOBILE_URL);
        Path out = Path.of("target", "pdf-raster-ticket-" + width.millimetres() + "mm.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
    }

    @Test
    void rasterPrintJobHasTheRightBandHeader() {
        byte[] pdf = new TicketPdf().render(SampleTicket.of(PaperWidth.MM80, ISSUED));
        byte[] job = new PdfRaster().toEscPos(pdf, PaperWidth.MM80);
        assertThat(Bytes.hex(job)).startsWith("1B 40 1B 61 00 1D 76 30 00 48 00");
        // A raster ticket is tens of kilobytes: the reason tickets print as text.
        assertThat(job.length).isGreaterThan(10_000);
        System.out.printf(
                java.util.Locale.ROOT,
                "raster demo ticket 80 mm: %d bytes, %.1f s at 9600 baud, %.2f s at 115200 baud%n",
                job.length,
                job.length * 10.0 / 9_600,
                job.length * 10.0 / 115_200);
    }

    @Test
    void ditheringKeepsGreyAsAPatternWhileThresholdDoesNot() {
        var grey = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) for (int x = 0; x < 64; x++) grey.setRGB(x, y, 0x808080);

        double threshold = blackShare(MonochromeImage.from(grey, Dithering.THRESHOLD));
        double diffused = blackShare(MonochromeImage.from(grey, Dithering.FLOYD_STEINBERG));

        assertThat(threshold).isIn(0.0, 1.0);
        assertThat(diffused).isBetween(0.4, 0.6);
    }

    private static double blackShare(MonochromeImage image) {
        int black = 0;
        for (int y = 0; y < image.height(); y++)
            for (int x = 0; x < image.width(); x++) if (image.isBlack(x, y)) black++;
        return black / (double) (image.width() * image.height());
    }
}
