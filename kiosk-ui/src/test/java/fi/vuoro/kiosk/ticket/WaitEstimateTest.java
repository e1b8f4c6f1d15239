package fi.vuoro.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {

    @Test
    void roundsUpNeverPromisingLessThanTheEstimate() {
        assertThat(WaitEstimate.roundedMinutes(1)).isEqualTo(1);
        assertThat(WaitEstimate.roundedMinutes(61)).isEqualTo(2);
        assertThat(WaitEstimate.roundedMinutes(600)).isEqualTo(10);
        assertThat(WaitEstimate.roundedMinutes(601)).isEqualTo(15);
        assertThat(WaitEstimate.roundedMinutes(1140)).isEqualTo(20);
    }

    @Test
    void choosesTheWording() {
        assertThat(WaitEstimate.of(0).key()).isEqualTo("wait.none");
        assertThat(WaitEstimate.of(45).key()).isEqualTo("wait.oneMinute");
        var seven = WaitEstimate.of(400);
        assertThat(seven.key()).isEqualTo("wait.minutes");
        assertThat(seven.args()).containsExactly(7L);
    }

    @Test
    void pointsToAClockTimeRoundedUpToFiveMinutes() {
        var clock = Clock.fixed(Instant.parse("2026-11-23T08:21:00Z"), ZoneId.of("Europe/Helsinki"));
        var estimate = WaitEstimate.withClockTime(1140, clock);
        // 10:21 local + 20 min = 10:41 → "around 10:45".
        assertThat(estimate.key()).isEqualTo("wait.minutesAt");
        assertThat(estimate.args()).containsExactly(20L, "10:45");
    }
}
