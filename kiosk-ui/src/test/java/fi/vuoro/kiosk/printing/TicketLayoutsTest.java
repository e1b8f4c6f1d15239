package fi.vuoro.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.ticket.EscPosTicketEncoder;
import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.kiosk.i18n.KioskI18NProvider;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintableTicket;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketLayoutsTest {

    private final KioskI18NProvider i18n = new KioskI18NProvider();

    @Test
    void theScreensWordsInTheVisitorsLanguageWithLocalIssueTimeAndTheMobileTicketQr() {
        var ticket = new PrintableTicket(
                "L042",
                "Laboratorium",
                "Cirka 20 min, cirka kl. 10.45",
                "Våning 2, rum 204",
                "http://localhost:8080/ticket/abc",
                "sv",
                Instant.parse("2026-11-23T08:05:00Z"),
                false);

        var layout = TicketLayouts.of(ticket, PaperWidth.MM58, ZoneId.of("Europe/Helsinki"), i18n::getTranslation);

        assertThat(layout.ticketNumber()).isEqualTo("L042");
        assertThat(layout.serviceName()).isEqualTo("Laboratorium");
        assertThat(layout.whereToGoText()).isEqualTo("Våning 2, rum 204");
        assertThat(layout.qrPayload()).isEqualTo("http://localhost:8080/ticket/abc");
        assertThat(layout.issuedAtText()).isEqualTo("23.11.2026 10:05");
        assertThat(layout.footer()).isEqualTo("Skanna koden och följ din tur i telefonen.");
        assertThat(layout.paperWidth()).isEqualTo(PaperWidth.MM58);
    }

    @Test
    void everyLanguagesTicketTextIsPrintableInPc858() {
        for (var language : List.of("fi", "sv", "en")) {
            var ticket = new PrintableTicket(
                    "A001",
                    "Yleislääkäri",
                    "Noin 5 min — klo 10.45",
                    "Odota aulassa…",
                    "http://x/ticket/1",
                    language,
                    Instant.now(),
                    false);
            var encoded = new EscPosTicketEncoder()
                    .encode(TicketLayouts.of(ticket, PaperWidth.MM80, ZoneId.of("UTC"), i18n::getTranslation));
            assertThat(encoded.report().isClean())
                    .as(language + ": " + encoded.report())
                    .isTrue();
        }
    }

    @Test
    void anOfflineTicketPrintsNoQrCodeAndSaysTheTimeIsApproximate() {
        var ticket = new PrintableTicket(
                "L901",
                "Laboratorio",
                "Ei tiedossa, kun kioski on offline-tilassa",
                "Kerros 2",
                null,
                "fi",
                Instant.parse("2026-11-23T08:05:00Z"),
                true);

        var layout = TicketLayouts.of(ticket, PaperWidth.MM80, ZoneId.of("Europe/Helsinki"), i18n::getTranslation);

        assertThat(layout.qrPayload()).isNull();
        assertThat(layout.footer())
                .isEqualTo(i18n.getTranslation("ticket.approximate", java.util.Locale.of("fi")))
                .doesNotContain("koodi");
        var bytes = new EscPosTicketEncoder().encode(layout).bytes();
        assertThat(indexOf(bytes, new byte[] {0x1D, '(', 'k'}))
                .as("no QR command (GS ( k) in the printed bytes")
                .isEqualTo(-1);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("L901");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
