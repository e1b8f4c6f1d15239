package fi.vuoro.hardware.ticket;

import static fi.vuoro.hardware.escpos.Bytes.hex;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.escpos.EscPosEncoder;
import fi.vuoro.hardware.escpos.MonochromeImage;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EscPosTicketEncoderTest {

    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 11, 23, 11, 5);

    @Test
    void demoTicketWithQrStaysUnderOneAndAHalfKilobytes() {
        for (PaperWidth width : PaperWidth.values()) {
            EncodedTicket ticket = new EscPosTicketEncoder().encode(SampleTicket.of(width, ISSUED));
            assertThat(ticket.bytes().length).isLessThanOrEqualTo(1536);
            assertThat(ticket.report().isClean()).isTrue();
            System.out.printf(
                    Locale.ROOT,
                    "demo ticket %d mm: %d bytes, %.2f s at 9600 baud, %.3f s at 115200 baud%n",
                    width.millimetres(),
                    ticket.bytes().length,
                    ticket.secondsAt(9_600),
                    ticket.secondsAt(115_200));
        }
    }

    @Test
    void startsWithInitAndCodePageAndEndsWithPartialCut() {
        byte[] bytes = new EscPosTicketEncoder()
                .encode(SampleTicket.of(PaperWidth.MM80, ISSUED))
                .bytes();
        assertThat(hex(java.util.Arrays.copyOf(bytes, 5))).isEqualTo("1B 40 1B 74 13");
        assertThat(hex(java.util.Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length)))
                .isEqualTo("1D 56 42 03");
    }

    @Test
    void logoGoesAsRasterOrAsStoredLogoReference() {
        var logo = new MonochromeImage(64, 16, new byte[8 * 16]);
        var layout = new TicketLayout(
                "Vuoro", "A1", null, null, null, ISSUED, null, null, null, null, PaperWidth.MM58, logo);

        byte[] raster = new EscPosTicketEncoder().encode(layout).bytes();
        byte[] stored = new EscPosTicketEncoder("VL").encode(layout).bytes();

        assertThat(hex(raster)).contains("1D 76 30 00 08 00 10 00");
        assertThat(hex(stored))
                .contains(hex(new EscPosEncoder().printStoredLogo("VL").toBytes()))
                .doesNotContain("1D 76 30");
        assertThat(stored.length).isLessThan(raster.length);
    }

    @Test
    void wrapsWordsToTheColumnsAndSplitsOverlongWords() {
        assertThat(TextWrap.columns("Odota vuoroasi – Vänta på din tur", 16))
                .containsExactly("Odota vuoroasi –", "Vänta på din tur");
        assertThat(TextWrap.columns("x".repeat(40), 16)).containsExactly("x".repeat(16), "x".repeat(16), "x".repeat(8));
        assertThat(TextWrap.columns("one\ntwo", 32)).containsExactly("one", "two");
    }

    @Test
    void swedishAndEnglishDates() {
        var en = new TicketLayout(
                null, "A1", null, null, null, ISSUED, null, null, null, Locale.ENGLISH, PaperWidth.MM80, null);
        assertThat(en.issuedAtText()).isEqualTo("2026-11-23 11:05");
        assertThat(SampleTicket.of(PaperWidth.MM80, ISSUED).issuedAtText()).isEqualTo("23.11.2026 11:05");
    }
}
