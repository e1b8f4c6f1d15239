package fi.vuoro.hardware.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import fi.vuoro.hardware.ticket.BundledFonts;
import fi.vuoro.hardware.ticket.EscPosTicketEncoder;
import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.hardware.ticket.SampleTicket;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo ticket, through the encoder and the emulator's parser, rendered as the paper would look. */
class PrinterEmulatorRenderingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:05:00Z"), ZoneOffset.UTC);
    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 11, 23, 11, 5);

    static EmulatedTicket printDemo(PaperWidth width) {
        var emulator = new PrinterEmulator(width, CLOCK);
        emulator.receive(
                new EscPosTicketEncoder().encode(SampleTicket.of(width, ISSUED)).bytes());
        assertThat(emulator.tickets()).hasSize(1);
        assertThat(emulator.counters().unknownBytes()).isZero();
        return emulator.lastTicket().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void pngIsPaperWideAndItsQrCodeDecodesToTheMobileTicketUrl(PaperWidth width) throws Exception {
        EmulatedTicket ticket = printDemo(width);
        byte[] png = new TicketPngRenderer().png(ticket);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(width.dots());
        assertThat(decodeQr(image).getText()).isEqualTo(SampleTicket.MOBILE_URL);

        // Kept for a person to look at (target/ is not committed).
        Path out = Path.of("target", "emulator-demo-ticket-" + width.millimetres() + "mm.png");
        Files.createDirectories(out.getParent());
        Files.write(out, png);
    }

    @Test
    void plainTextHasTheFinnishAndSwedishLettersCentredAndWrapped() {
        String text = printDemo(PaperWidth.MM80).plainText();
        assertThat(text)
                .contains("A123")
                .contains("Yleislääkäri / Allmänläkare")
                .contains("Odota vuoroasi - Vänta på din tur.") // the en dash transliterated for PC858
                .contains("[QR " + SampleTicket.MOBILE_URL + "]")
                .contains("[CODE128 A123-20261123]")
                .contains("23.11.2026 11:05");
        assertThat(text.lines()).allMatch(line -> line.length() <= 48);
        String service = "Yleislääkäri / Allmänläkare";
        assertThat(text.lines().filter(l -> l.contains(service)).findFirst().orElseThrow())
                .isEqualTo(" ".repeat((48 - service.length()) / 2) + service); // centred on 48 columns

        String narrow = printDemo(PaperWidth.MM58).plainText();
        // Printed lines fit 32 columns; the bracketed QR note stands for a symbol, not text.
        assertThat(narrow.lines().filter(l -> !l.contains("[QR"))).allMatch(line -> line.length() <= 32);
        assertThat(narrow).contains("Odota vuoroasi - Vänta på din\n").contains("Allmänläkare");
    }

    @Test
    void theBundledFontHasEveryLetterOfTheTicket() {
        String letters = "Yleislääkäri / Allmänläkare – Vänta på din tur ÅÄÖ €";
        assertThat(BundledFonts.awt(false, 21).canDisplayUpTo(letters)).isEqualTo(-1);
        assertThat(BundledFonts.awt(true, 21).canDisplayUpTo(letters)).isEqualTo(-1);
    }

    @Test
    void savesPngAndTextPerTicket(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var emulator = new PrinterEmulator(PaperWidth.MM80, CLOCK);
        byte[] bytes = new EscPosTicketEncoder()
                .encode(SampleTicket.of(PaperWidth.MM80, ISSUED))
                .bytes();
        emulator.receive(bytes);
        emulator.receive(bytes);

        var paths = emulator.saveAll(dir);

        assertThat(paths)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("ticket-0001.png", "ticket-0002.png");
        assertThat(Files.readString(dir.resolve("ticket-0002.txt"))).contains("Allmänläkare");
        assertThat(ImageIO.read(paths.getFirst().toFile()).getWidth()).isEqualTo(576);
    }

    @Test
    void rasterAndStoredLogosAreDrawnDotForDot() throws Exception {
        byte[] black = new byte[8 * 32];
        java.util.Arrays.fill(black, (byte) 0xFF);
        var logo = new fi.vuoro.hardware.escpos.MonochromeImage(64, 32, black);
        var emulator = new PrinterEmulator(PaperWidth.MM58, CLOCK);
        emulator.receive(new fi.vuoro.hardware.escpos.EscPosEncoder()
                .storeLogo("VL", logo)
                .initialise()
                .align(fi.vuoro.hardware.escpos.Alignment.CENTRE)
                .raster(logo)
                .printStoredLogo("VL")
                .partialCut(3)
                .toBytes());

        EmulatedTicket ticket = emulator.lastTicket().orElseThrow();
        assertThat(ticket.plainText()).contains("[image 64x32]");
        BufferedImage png = new TicketPngRenderer().render(ticket);
        // Centred on 384 dots: x 160..223; the renderer's top margin is 16 dots, so logos are at y 16..47 and 48..79.
        assertThat(png.getRGB(192, 30) & 0xFFFFFF).isZero();
        assertThat(png.getRGB(192, 60) & 0xFFFFFF).isZero();
        assertThat(png.getRGB(100, 30) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    static Result decodeQr(BufferedImage image) throws NotFoundException {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        var reader = new MultiFormatReader();
        return reader.decode(
                bitmap,
                Map.of(
                        DecodeHintType.TRY_HARDER,
                        Boolean.TRUE,
                        DecodeHintType.POSSIBLE_FORMATS,
                        java.util.List.of(com.google.zxing.BarcodeFormat.QR_CODE)));
    }
}
