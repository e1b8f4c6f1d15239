package fi.vuoro.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.i18n.KioskI18NProvider;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintOutcome;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sentence under the number must not point to a QR code that an offline ticket does not show. */
class PaperSentenceTest {

    private final KioskI18NProvider i18n = new KioskI18NProvider();

    @Test
    void withoutACodeNoPaperSentenceMentionsOneInAnyLanguage() {
        for (var outcome : PrintOutcome.values()) {
            for (var language : new String[] {"fi", "sv", "en"}) {
                var text = i18n.getTranslation(TicketScreen.paperKey(outcome, false), Locale.of(language))
                        .toLowerCase(Locale.ROOT);
                assertThat(text).as(outcome + " in " + language).doesNotContain("koodi", "koden", "code", "skanna");
            }
        }
    }

    @Test
    void withACodeTheFaultSentencesStillPointToIt() {
        for (var outcome : new PrintOutcome[] {
            PrintOutcome.NO_PRINTER, PrintOutcome.PAPER_OUT, PrintOutcome.COVER_OPEN, PrintOutcome.OFFLINE
        }) {
            assertThat(i18n.getTranslation(TicketScreen.paperKey(outcome, true), Locale.of("en")))
                    .as(outcome.name())
                    .contains("code");
        }
        assertThat(TicketScreen.paperKey(PrintOutcome.PRINTED, false)).isEqualTo("ticket.printed");
    }
}
