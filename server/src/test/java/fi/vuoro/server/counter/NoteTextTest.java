package fi.vuoro.server.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.ui.StaffTranslations;
import fi.vuoro.server.ui.Texts;
import org.junit.jupiter.api.Test;

/** Reception's visit notes in the clerk's language, from the stored codes, with the real bundles. */
class NoteTextTest {

    static final StaffTranslations BUNDLES = new StaffTranslations();
    static final Texts EN = Texts.of(BUNDLES, StaffTranslations.EN);
    static final Texts FI = Texts.of(BUNDLES, StaffTranslations.FI);
    static final Texts SV = Texts.of(BUNDLES, StaffTranslations.SV);

    @Test
    void anAlertHandledByReceptionNamesTheAlertInTheReadersWordsAndKeepsWhatWasTyped() {
        String stored = "ALERT_RESOLVED POOR_RATING: Apologised: offered the next slot";
        assertThat(NoteText.text(stored, FI))
                .isEqualTo("Vastaanotto hoiti: huono arvio – Apologised: offered the next slot");
        assertThat(NoteText.text(stored, SV))
                .isEqualTo("Receptionen skötte: dåligt betyg – Apologised: offered the next slot");
        assertThat(NoteText.text(stored, EN))
                .isEqualTo("Reception handled: poor rating – Apologised: offered the next slot");
        assertThat(NoteText.text("ALERT_RESOLVED BROKEN_PROMISE: Soitti", FI))
                .isEqualTo("Vastaanotto hoiti: odottanut liian kauan – Soitti");
    }

    @Test
    void aNoteStoredInEnglishByAnOlderVersionReadsTheSame() {
        assertThat(NoteText.text("Alert POOR_RATING handled: Pyysi anteeksi", FI))
                .isEqualTo("Vastaanotto hoiti: huono arvio – Pyysi anteeksi");
    }

    @Test
    void greetingAndCheckInNotes() {
        assertThat(NoteText.text("MARKED_TO_GREET", FI)).isEqualTo("Merkitty tervehdittäväksi henkilökohtaisesti");
        assertThat(NoteText.text("GREETED 42", SV)).isEqualTo("Hälsad personligen (42 s efter ankomsten)");
        assertThat(NoteText.text("GREETED_AFTER_HELP 1234", EN))
                .isEqualTo("Greeted in person after a help request at the kiosk (1234 s after asking)");
        assertThat(NoteText.text("CHECKED_IN_AFTER_HELP lobby-1 BACK_AND_FORTH SERVICE", FI))
                .isEqualTo("Vastaanotto kirjasi sisään kioskin lobby-1 avunpyynnön jälkeen (edestakaisin, vaihe:"
                        + " palvelun valinta)");
        assertThat(NoteText.text("CHECKED_IN_AFTER_HELP lobby-1 VISITOR", EN))
                .isEqualTo("Checked in by reception after a help request at kiosk lobby-1 (asked for a person)");
    }

    @Test
    void aNoteSomeoneTypedIsShownAsTyped() {
        assertThat(NoteText.text("Blood count ordered, fasting since 8", FI))
                .isEqualTo("Blood count ordered, fasting since 8");
        assertThat(NoteText.text("OK", FI)).isEqualTo("OK");
        assertThat(NoteText.text("GREETED", FI)).as("a code without its facts").isEqualTo("GREETED");
        assertThat(NoteText.text("MARKED_TO_GREET: by the door", FI)).isEqualTo("MARKED_TO_GREET: by the door");
        assertThat(NoteText.text("ALERT_RESOLVED NEW_KIND: done", EN)).isEqualTo("Reception handled: NEW_KIND – done");
    }
}
