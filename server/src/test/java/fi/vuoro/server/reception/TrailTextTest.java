package fi.vuoro.server.reception;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.ui.StaffTranslations;
import fi.vuoro.server.ui.Texts;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A kiosk's trail lines in the reader's words, from the step codes, with the real bundles. */
class TrailTextTest {

    static final StaffTranslations BUNDLES = new StaffTranslations();
    static final Texts EN = Texts.of(BUNDLES, StaffTranslations.EN);
    static final Texts FI = Texts.of(BUNDLES, StaffTranslations.FI);
    static final Texts SV = Texts.of(BUNDLES, StaffTranslations.SV);
    static final UnaryOperator<String> FINNISH_NAMES =
            id -> Map.of("lab", "Laboratorio").getOrDefault(id, id);

    static String fi(String line) {
        return TrailText.describe(line, FINNISH_NAMES, FI);
    }

    @Test
    void eachStepReadsInTheStaffMembersLanguage() {
        assertThat(fi("10:02:09 START")).isEqualTo("10:02:09 Aloitti");
        assertThat(fi("10:02:11 LANGUAGE sv")).isEqualTo("10:02:11 Valitsi kielen: ruotsi");
        assertThat(fi("10:02:15 SERVICE lab")).isEqualTo("10:02:15 Valitsi palvelun: Laboratorio");
        assertThat(fi("10:02:20 IDENTIFY_FAILED UNREADABLE_CARD"))
                .isEqualTo("10:02:20 Tunnistautuminen epäonnistui: korttia ei voitu lukea");
        assertThat(fi("10:02:25 BACK SERVICE")).isEqualTo("10:02:25 Palasi takaisin: palvelun valinta");
        assertThat(fi("10:02:30 STRUGGLE BACK_AND_FORTH")).isEqualTo("10:02:30 Kioski tarjosi apua: edestakaisin");
        assertThat(fi("10:02:31 ASKED_FOR_PERSON")).isEqualTo("10:02:31 Pyysi ihmistä");
        assertThat(fi("10:02:40 IDENTIFIED QR")).isEqualTo("10:02:40 Tunnistautuminen: ajanvarauksen QR-koodi");
        assertThat(fi("10:02:41 TICKET L004")).isEqualTo("10:02:41 Sai vuoronumeron L004");

        assertThat(TrailText.describe("10:02:11 LANGUAGE fi", FINNISH_NAMES, SV))
                .isEqualTo("10:02:11 Valde språk: finska");
        assertThat(TrailText.describe("10:02:20 APPOINTMENT_ON_ATTRACT CARD", FINNISH_NAMES, SV))
                .isEqualTo("10:02:20 Visade en bokning på startskärmen: kort");
        assertThat(TrailText.describe("10:02:11 IDLE_WARNING", FINNISH_NAMES, EN))
                .isEqualTo("10:02:11 The kiosk asked if they are still there");
    }

    @Test
    void freeTextFromAnOlderKioskIsShownAsItIs() {
        assertThat(fi("10:02:11 language sv")).isEqualTo("10:02:11 language sv");
        assertThat(fi("10:02:30 service tiles")).isEqualTo("10:02:30 service tiles");
        assertThat(fi("something happened")).isEqualTo("something happened");
        assertThat(fi("")).isEmpty();
    }

    @Test
    void anUnknownCodeOrValueIsNotHidden() {
        assertThat(fi("10:02:11 TELEPORTED mars")).isEqualTo("10:02:11 TELEPORTED mars");
        assertThat(fi("10:02:11 IDENTIFIED FINGERPRINT")).isEqualTo("10:02:11 Tunnistautuminen: FINGERPRINT");
        assertThat(fi("10:02:11 SERVICE xray")).isEqualTo("10:02:11 Valitsi palvelun: xray");
        // A code that needs a value but has none is not understood: as it is.
        assertThat(fi("10:02:11 SERVICE")).isEqualTo("10:02:11 SERVICE");
    }
}
