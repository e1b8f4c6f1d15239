package fi.vuoro.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.i18n.KioskI18NProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Seconds into words, through the kiosk's real bundles: never "about 0 min". */
class WaitEstimateTest {

    static final KioskI18NProvider BUNDLES = new KioskI18NProvider();
    // 10:21 local time.
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:21:00Z"), ZoneId.of("Europe/Helsinki"));

    static String text(WaitEstimate estimate, String language) {
        return BUNDLES.getTranslation(estimate.key(), Locale.of(language), estimate.args());
    }

    @Test
    void roundsUpNeverPromisingLessThanTheEstimate() {
        assertThat(WaitEstimate.roundedMinutes(1)).isEqualTo(1);
        assertThat(WaitEstimate.roundedMinutes(61)).isEqualTo(2);
        assertThat(WaitEstimate.roundedMinutes(600)).isEqualTo(10);
        assertThat(WaitEstimate.roundedMinutes(601)).isEqualTo(15);
        assertThat(WaitEstimate.roundedMinutes(1140)).isEqualTo(20);
    }

    @Test
    void aServiceTileSaysNoWaitLessThanAMinuteOrAboutSoMany() {
        assertThat(text(WaitEstimate.of(0L), "en")).isEqualTo("No wait");
        assertThat(text(WaitEstimate.of(30L), "en")).isEqualTo("Less than a minute");
        assertThat(text(WaitEstimate.of(59L), "fi")).isEqualTo("Alle minuutti");
        assertThat(text(WaitEstimate.of(59L), "sv")).isEqualTo("Mindre än en minut");
        assertThat(text(WaitEstimate.of(60L), "en")).isEqualTo("About a minute");
        assertThat(text(WaitEstimate.of(400L), "fi")).isEqualTo("Noin 7 min");
        assertThat(text(WaitEstimate.of(61 * 60L), "sv")).isEqualTo("Cirka 65 min");
        assertThat(WaitEstimate.of(null).known()).isFalse();
        assertThat(WaitEstimate.of(-1L).known()).isFalse();
        assertThat(WaitEstimate.of(0L).known()).isTrue();
    }

    @Test
    void theNextInLineReadsYouAreNextNeverAboutZeroMinutes() {
        for (var seconds : new long[] {0, 30, 59}) {
            var next = WaitEstimate.forTicket(seconds, 1, CLOCK);
            assertThat(text(next, "en")).isEqualTo("You are next");
            assertThat(text(next, "fi")).isEqualTo("Olet seuraavana");
            assertThat(text(next, "sv")).isEqualTo("Du står näst i tur");
        }
        // Nothing to wait for at all also means the visitor is next, whatever the count says.
        assertThat(text(WaitEstimate.forTicket(0L, 3, CLOCK), "en")).isEqualTo("You are next");
        assertThat(text(WaitEstimate.forTicket(0L, null, CLOCK), "en")).isEqualTo("You are next");
    }

    @Test
    void aTicketFurtherBackSaysHowLongAndAboutWhen() {
        assertThat(text(WaitEstimate.forTicket(30L, 2, CLOCK), "en")).isEqualTo("Less than a minute");
        assertThat(text(WaitEstimate.forTicket(59L, null, CLOCK), "fi")).isEqualTo("Alle minuutti");
        assertThat(text(WaitEstimate.forTicket(60L, 2, CLOCK), "en")).isEqualTo("About a minute, around 10:25");
        assertThat(text(WaitEstimate.forTicket(60L, 1, CLOCK), "sv")).isEqualTo("Cirka en minut, ca kl. 10:25");
        // 10:21 + 20 min = 10:41 → "around 10:45".
        assertThat(text(WaitEstimate.forTicket(1140L, 4, CLOCK), "en")).isEqualTo("About 20 min, around 10:45");
        // 61 min rounds up to 65: 10:21 + 65 = 11:26 → 11:30.
        assertThat(text(WaitEstimate.forTicket(61 * 60L, 9, CLOCK), "fi")).isEqualTo("Noin 65 min, n. klo 11:30");
    }

    @Test
    void anUnknownEstimateIsSaidSoNotTurnedIntoNoWait() {
        assertThat(text(WaitEstimate.forTicket(null, 1, CLOCK), "en")).isEqualTo("Not known yet");
        assertThat(text(WaitEstimate.forTicket(-5L, 2, CLOCK), "fi")).isEqualTo("Ei vielä tiedossa");
        assertThat(text(WaitEstimate.forTicket(null, null, CLOCK), "sv")).isEqualTo("Inte känd ännu");
    }
}
