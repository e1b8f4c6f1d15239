package fi.vuoro.hardware.emulator;

import static fi.vuoro.hardware.escpos.Bytes.hex;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.escpos.Alignment;
import fi.vuoro.hardware.escpos.EscPosEncoder;
import fi.vuoro.hardware.escpos.MonochromeImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EscPosStreamParserTest {

    private static byte[] everyCommandTheEncoderEmits() {
        return new EscPosEncoder()
                .initialise()
                .codePagePc858()
                .automaticStatusBack(0x0E)
                .align(Alignment.CENTRE)
                .bold(true)
                .size(3, 3)
                .line("A123")
                .size(1, 1)
                .bold(false)
                .line("Yleislääkäri")
                .feed(1)
                .qrCode("https://vuoro.example/t/A123", 6)
                .code128("A123")
                .raster(new MonochromeImage(16, 300, new byte[600]))
                .storeLogo("VL", new MonochromeImage(8, 1, new byte[] {(byte) 0xF0}))
                .printStoredLogo("VL")
                .raw(0x10, 0x04, 0x01)
                .partialCut(3)
                .toBytes();
    }

    @Test
    void parsesEveryCommandTheEncoderEmits() {
        var parser = new EscPosStreamParser();
        List<EscPosCommand> commands = parser.feed(everyCommandTheEncoderEmits());

        assertThat(parser.unknownBytes()).isZero();
        assertThat(parser.pendingBytes()).isZero();
        assertThat(commands)
                .extracting(c -> c.getClass().getSimpleName())
                .containsSubsequence(
                        "Initialise",
                        "SelectCodePage",
                        "AutomaticStatusBack",
                        "Justify",
                        "Bold",
                        "CharacterSize",
                        "Text",
                        "LineFeed",
                        "FeedLines",
                        "QrModuleSize",
                        "QrErrorCorrection",
                        "QrStore",
                        "QrPrint",
                        "BarcodeHeight",
                        "BarcodeModuleWidth",
                        "HriPosition",
                        "Barcode",
                        "RasterImage",
                        "RasterImage",
                        "StoreLogo",
                        "PrintLogo",
                        "StatusRequest",
                        "Cut");
        var store = commands.stream()
                .filter(c -> c instanceof EscPosCommand.QrStore)
                .map(c -> new String(((EscPosCommand.QrStore) c).data()))
                .findFirst();
        assertThat(store).contains("https://vuoro.example/t/A123");
    }

    @Test
    void anyChunkingGivesTheSameCommands() {
        byte[] stream = everyCommandTheEncoderEmits();
        List<String> whole = describe(new EscPosStreamParser().feed(stream));

        var random = new Random(7);
        for (int round = 0; round < 50; round++) {
            var parser = new EscPosStreamParser();
            var commands = new ArrayList<EscPosCommand>();
            int at = 0;
            while (at < stream.length) {
                int n = Math.min(stream.length - at, 1 + random.nextInt(round % 2 == 0 ? 3 : 200));
                commands.addAll(parser.feed(Arrays.copyOfRange(stream, at, at + n)));
                at += n;
            }
            // Text may arrive in more runs when split; compare everything else and the joined text.
            assertThat(describe(commands)).isEqualTo(whole);
        }
    }

    @Test
    void unknownCommandsAreCountedAndSkipped() {
        var parser = new EscPosStreamParser();
        var commands = parser.feed(hex("1B 7A 00 41 1D 99 42 0A"));
        assertThat(parser.unknownBytes()).isEqualTo(5); // ESC z, NUL, GS 99
        assertThat(commands).extracting(c -> c.getClass().getSimpleName()).containsExactly("Text", "Text", "LineFeed");
    }

    @Test
    void randomGarbageForALongTimeNeverThrowsNorGrowsAndPrintingWorksAfterwards() {
        var emulator = new PrinterEmulator(fi.vuoro.hardware.ticket.PaperWidth.MM80, java.time.Clock.systemUTC(), 20);
        var random = new Random(1234);
        for (int i = 0; i < 30_000; i++) {
            byte[] chunk = new byte[random.nextInt(128)];
            random.nextBytes(chunk);
            emulator.receive(chunk);
        }
        var counters = emulator.counters();
        assertThat(counters.unknownBytes()).isPositive();
        assertThat(emulator.tickets()).hasSizeLessThanOrEqualTo(20);
        // Bounded: at most one length-prefixed block (64 KB) or one capped raster band waits.
        assertThat(counters.pendingBytes()).isLessThanOrEqualTo(8 + 256 * 2400);

        // A garbage length field or raster header may swallow up to 600 KB; a real printer would too. Flush it with
        // padding.
        emulator.receive(new byte[8 + 256 * 2400]);
        emulator.receive(new EscPosEncoder()
                .initialise()
                .line("still alive")
                .partialCut(3)
                .toBytes());
        assertThat(emulator.lastTicket().orElseThrow().plainText()).contains("still alive");
    }

    /** Commands as comparable strings, with consecutive text runs joined. */
    private static List<String> describe(List<EscPosCommand> commands) {
        var out = new ArrayList<String>();
        var text = new java.io.ByteArrayOutputStream();
        for (EscPosCommand c : commands) {
            if (c instanceof EscPosCommand.Text t) {
                text.writeBytes(t.bytes());
                continue;
            }
            if (text.size() > 0) {
                out.add("Text " + hex(text.toByteArray()));
                text.reset();
            }
            out.add(
                    switch (c) {
                        case EscPosCommand.QrStore q -> "QrStore " + hex(q.data());
                        case EscPosCommand.Barcode b -> "Barcode " + b.system() + " " + hex(b.data());
                        case EscPosCommand.RasterImage r ->
                            "Raster " + r.image().width() + "x" + r.image().height();
                        case EscPosCommand.StoreLogo l ->
                            "Logo " + l.key() + " " + hex(l.image().bits());
                        default -> c.toString();
                    });
        }
        if (text.size() > 0) out.add("Text " + hex(text.toByteArray()));
        return out;
    }
}
