package fi.vuoro.hardware.escpos;

import static fi.vuoro.hardware.escpos.Bytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Byte-exact against the table in hardware-facts (Epson ESC/POS reference). */
class EscPosEncoderTest {

    @Test
    void initialiseAndCodePage() {
        assertThat(new EscPosEncoder().initialise().codePagePc858().toBytes()).isEqualTo(hex("1B 40 1B 74 13"));
    }

    @Test
    void styleCommands() {
        var bytes = new EscPosEncoder()
                .bold(true)
                .bold(false)
                .size(2, 2)
                .size(3, 3)
                .size(1, 1)
                .align(Alignment.LEFT)
                .align(Alignment.CENTRE)
                .align(Alignment.RIGHT)
                .feed(3)
                .toBytes();
        assertThat(hex(bytes))
                .isEqualTo("1B 45 01 1B 45 00 1D 21 11 1D 21 22 1D 21 00 1B 61 00 1B 61 01 1B 61 02 1B 64 03");
    }

    @Test
    void partialCutWithFeed() {
        assertThat(new EscPosEncoder().partialCut(3).toBytes()).isEqualTo(hex("1D 56 42 03"));
    }

    @Test
    void finnishSwedishLettersAndEuroInPc858() {
        assertThat(new EscPosEncoder().text("äöåÄÖÅ€").toBytes()).isEqualTo(hex("84 94 86 8E 99 8F D5"));
    }

    @Test
    void qrCodeModel2ModuleSizeEccMStoreAndPrint() {
        String url = "https://vuoro.example/t/A123"; // 28 bytes: pL = 28 + 3 = 31 = 0x1F
        byte[] bytes = new EscPosEncoder().qrCode(url, 6).toBytes();

        String expected = "1D 28 6B 04 00 31 41 32 00 " // model 2
                + "1D 28 6B 03 00 31 43 06 " // module size 6
                + "1D 28 6B 03 00 31 45 31 " // ECC M
                + "1D 28 6B 1F 00 31 50 30 " + hex(url.getBytes()) + " " // store
                + "1D 28 6B 03 00 31 51 30"; // print
        assertThat(hex(bytes)).isEqualTo(expected);
    }

    @Test
    void qrStoreLengthUsesHighByteForLongPayloads() {
        String data = "x".repeat(300); // 303 = 0x012F
        byte[] bytes = new EscPosEncoder().qrCode(data, 4).toBytes();
        int store = indexOf(bytes, hex("1D 28 6B 2F 01 31 50 30"));
        assertThat(store).isGreaterThan(0);
        assertThat(bytes.length - store - 8 - 8).isEqualTo(300); // data sits between store header and print
    }

    @Test
    void code128WithCodeSetSelector() {
        byte[] bytes = new EscPosEncoder().code128("A123").toBytes();
        assertThat(hex(bytes)).isEqualTo("1D 68 50 1D 77 02 1D 48 02 1D 6B 49 06 7B 42 41 31 32 33");
    }

    @Test
    void code128RejectsWhatCodeSetBCannotHold() {
        assertThatThrownBy(() -> new EscPosEncoder().code128("ä")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscPosEncoder().code128("a{b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rasterHeaderAndBandsOfAtMost256Rows() {
        int width = 576;
        int height = 300;
        byte[] bits = new byte[72 * height];
        Arrays.fill(bits, (byte) 0xAA);
        byte[] bytes = new EscPosEncoder()
                .raster(new MonochromeImage(width, height, bits))
                .toBytes();

        // first band: x = 72 bytes (0x48 00), y = 256 rows (00 01)
        assertThat(Arrays.copyOfRange(bytes, 0, 8)).isEqualTo(hex("1D 76 30 00 48 00 00 01"));
        int second = 8 + 72 * 256;
        // second band: 44 rows (2C 00)
        assertThat(Arrays.copyOfRange(bytes, second, second + 8)).isEqualTo(hex("1D 76 30 00 48 00 2C 00"));
        assertThat(bytes).hasSize(8 + 72 * 256 + 8 + 72 * 44);
    }

    @Test
    void rasterOf384DotsIs48BytesPerRow() {
        byte[] bytes = new EscPosEncoder()
                .raster(new MonochromeImage(384, 2, new byte[96]))
                .toBytes();
        assertThat(Arrays.copyOfRange(bytes, 0, 8)).isEqualTo(hex("1D 76 30 00 30 00 02 00"));
    }

    @Test
    void storedLogoDefineAndPrint() {
        var logo = new MonochromeImage(16, 2, hex("FF 00 00 FF"));
        byte[] store = new EscPosEncoder().storeLogo("VL", logo).toBytes();
        // p = 11 + 4 data bytes = 15; m=30 fn=43 a=30 kc1 kc2 b=1 x=16 y=2 c=31
        assertThat(hex(store)).isEqualTo("1D 28 4C 0F 00 30 43 30 56 4C 01 10 00 02 00 31 FF 00 00 FF");
        assertThat(hex(new EscPosEncoder().printStoredLogo("VL").toBytes()))
                .isEqualTo("1D 28 4C 06 00 30 45 56 4C 01 01");
    }

    @Test
    void statusRequestsAndAsb() {
        assertThat(EscPosEncoder.statusRequest(4)).isEqualTo(hex("10 04 04"));
        assertThat(new EscPosEncoder().automaticStatusBack(0x0E).toBytes()).isEqualTo(hex("1D 61 0E"));
        assertThatThrownBy(() -> EscPosEncoder.statusRequest(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unprintableTextIsReportedNotSilent() {
        var encoder = new EscPosEncoder().line("Hei Жанна");
        assertThat(encoder.report().isClean()).isFalse();
        assertThat(encoder.report().unprintable())
                .extracting(Unprintable::character)
                .containsExactly("Ж", "а", "н", "н", "а");
        assertThat(encoder.report().summary()).contains("CYRILLIC CAPITAL LETTER ZHE");
        assertThat(encoder.report().unprintable().getFirst().offset()).isEqualTo(4);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
