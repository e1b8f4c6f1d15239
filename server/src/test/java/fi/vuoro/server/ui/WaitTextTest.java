package fi.vuoro.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Seconds into words with the real bundles: never "about 0 min", for the visitor's phone and for reception. */
class WaitTextTest {

    static final StaffTranslations BUNDLES = new StaffTranslations();
    static final Texts EN = Texts.of(BUNDLES, StaffTranslations.EN);
    static final Texts FI = Texts.of(BUNDLES, StaffTranslations.FI);
    static final Texts SV = Texts.of(BUNDLES, StaffTranslations.SV);

    static String mobile(Long seconds, Integer position, Texts t) {
        return WaitText.describe("mobile.wait", seconds, position, t);
    }

    @Test
    void theNextInLineIsToldToStayNearbyNotAboutZeroMinutes() {
        for (long seconds : new long[] {0, 30, 59}) {
            assertThat(mobile(seconds, 1, EN)).isEqualTo("Please stay nearby: you will be called in a moment.");
            assertThat(mobile(seconds, 1, FI)).isEqualTo("Pysy lähellä: sinut kutsutaan hetken kuluttua.");
            assertThat(mobile(seconds, 1, SV)).isEqualTo("Håll dig i närheten: du ropas upp om en stund.");
        }
        assertThat(mobile(0L, 4, EN)).as("nothing to wait for").isEqualTo(mobile(0L, 1, EN));
    }

    @Test
    void aWaitUnderAMinuteIsLessThanAMinute() {
        assertThat(mobile(30L, 2, EN)).isEqualTo("Estimated wait less than a minute");
        assertThat(mobile(59L, null, FI)).isEqualTo("Arvioitu odotus alle minuutti");
        assertThat(mobile(59L, 3, SV)).isEqualTo("Beräknad väntetid mindre än en minut");
    }

    @Test
    void longerWaitsRoundUpInMinutesAndFiveMinuteSteps() {
        assertThat(mobile(60L, 2, EN)).isEqualTo("Estimated wait about a minute");
        assertThat(mobile(60L, 1, FI)).isEqualTo("Arvioitu odotus noin minuutti");
        assertThat(mobile(61L, 2, EN)).isEqualTo("Estimated wait about 2 min");
        assertThat(mobile(61 * 60L, 12, SV)).isEqualTo("Beräknad väntetid cirka 65 min");
        assertThat(mobile(61 * 60L, 12, EN)).isEqualTo("Estimated wait about 65 min");
    }

    @Test
    void noEstimateIsNoText() {
        assertThat(mobile(null, 1, EN)).isNull();
        assertThat(mobile(-1L, 2, FI)).isNull();
    }

    @Test
    void receptionReadsTheSameRulesInItsOwnWords() {
        assertThat(WaitText.describe("reception.wait", 0L, 1, FI)).isEqualTo("seuraavana");
        assertThat(WaitText.describe("reception.wait", 45L, 2, EN)).isEqualTo("less than a minute");
        assertThat(WaitText.describe("reception.wait", 600L, 5, SV)).isEqualTo("cirka 10 min");
    }
}
