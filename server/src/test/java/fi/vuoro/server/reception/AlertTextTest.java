package fi.vuoro.server.reception;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.lobby.Alert;
import fi.vuoro.server.lobby.AlertDetail;
import fi.vuoro.server.lobby.AlertKind;
import fi.vuoro.server.ui.StaffTranslations;
import fi.vuoro.server.ui.Texts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alert facts in words, from the stored codes, with the real bundles. */
class AlertTextTest {

    static final StaffTranslations BUNDLES = new StaffTranslations();
    static final Texts EN = Texts.of(BUNDLES, StaffTranslations.EN);
    static final Texts FI = Texts.of(BUNDLES, StaffTranslations.FI);
    static final Texts SV = Texts.of(BUNDLES, StaffTranslations.SV);

    static Alert alert(AlertKind kind, String detail) {
        return new Alert("a1", "s", kind, "subject", null, null, null, detail, Instant.EPOCH, null, null, null);
    }

    @Test
    void deviceTroubleNamesTheKioskAndWhatIsWrong() {
        var paperOut = alert(AlertKind.DEVICE_TROUBLE, AlertDetail.deviceTrouble("PRINTER", "PAPER_OUT", "sensor 2"));
        assertThat(AlertText.describe(paperOut, "Lobby 1", EN)).isEqualTo("Kiosk 'Lobby 1': printer out of paper");
        assertThat(AlertText.describe(paperOut, "Aula 1", FI))
                .isEqualTo("Kioski ”Aula 1”: tulostimesta on paperi loppu");
        assertThat(AlertText.describe(paperOut, "Aula 1", SV))
                .isEqualTo("Kiosk ”Aula 1”: skrivaren har slut på papper");

        var reader = alert(AlertKind.DEVICE_TROUBLE, "CARD_READER=DOWN");
        assertThat(AlertText.describe(reader, "Lobby 2", EN)).isEqualTo("Kiosk 'Lobby 2': card reader not working");
    }

    @Test
    void anUnknownStateOrComponentStillReadsAsWords() {
        var odd = alert(AlertKind.DEVICE_TROUBLE, "SCANNER=OK");
        assertThat(AlertText.describe(odd, "Lobby 1", EN)).isEqualTo("Kiosk 'Lobby 1': scanner: OK");
        var unknown = alert(AlertKind.DEVICE_TROUBLE, "BARRIER=JAMMED");
        assertThat(AlertText.describe(unknown, "Lobby 1", FI)).isEqualTo("Kioski ”Lobby 1”: barrier: JAMMED");
    }

    @Test
    void poorRatingWithAndWithoutReasons() {
        var rated = alert(AlertKind.POOR_RATING, AlertDetail.rating(2, List.of("HARD_TO_FIND")));
        assertThat(rated.detail()).isEqualTo("rating=2 HARD_TO_FIND");
        assertThat(AlertText.describe(rated, null, EN)).isEqualTo("Poor rating (2/5): hard to find the way");
        assertThat(AlertText.describe(rated, null, FI)).isEqualTo("Huono arvio (2/5): vaikea löytää perille");
        assertThat(AlertText.describe(rated, null, SV)).isEqualTo("Dåligt betyg (2/5): svårt att hitta fram");

        var two = alert(AlertKind.POOR_RATING, AlertDetail.rating(1, List.of("WAIT_LONG", "NOT_RESOLVED")));
        assertThat(AlertText.describe(two, null, EN))
                .isEqualTo("Poor rating (1/5): waited too long, the matter was not resolved");
        var bare = alert(AlertKind.POOR_RATING, AlertDetail.rating(1, List.of()));
        assertThat(AlertText.describe(bare, null, SV)).isEqualTo("Dåligt betyg (1/5)");
    }

    @Test
    void brokenPromise() {
        var late = alert(AlertKind.BROKEN_PROMISE, AlertDetail.promise(10, 25));
        assertThat(AlertText.describe(late, null, EN)).isEqualTo("Quoted 10 min, has waited 25 min");
        assertThat(AlertText.describe(late, null, FI)).isEqualTo("Luvattu 10 min, odottanut 25 min");
    }

    @Test
    void aDetailInAnotherFormatIsShownAsStored() {
        assertThat(AlertText.describe(alert(AlertKind.BROKEN_PROMISE, "waited a lot"), null, EN))
                .isEqualTo("waited a lot");
        assertThat(AlertText.describe(alert(AlertKind.POOR_RATING, null), null, EN))
                .isEmpty();
    }
}
