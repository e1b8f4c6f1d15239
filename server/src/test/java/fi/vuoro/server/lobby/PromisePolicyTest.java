package fi.vuoro.server.lobby;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PromisePolicyTest {

    static final Instant IN = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void aTwentyMinuteQuoteBreaksAtThirtyMinutes() {
        assertThat(PromisePolicy.breaksAt(IN, Duration.ofMinutes(20))).isEqualTo(IN.plus(Duration.ofMinutes(30)));
        assertThat(PromisePolicy.isBroken(IN, Duration.ofMinutes(20), IN.plus(Duration.ofMinutes(29))))
                .isFalse();
        assertThat(PromisePolicy.isBroken(IN, Duration.ofMinutes(20), IN.plus(Duration.ofMinutes(31))))
                .isTrue();
    }

    @Test
    void shortQuotesGetTenMinutesOfSlack() {
        assertThat(PromisePolicy.breaksAt(IN, Duration.ofMinutes(4))).isEqualTo(IN.plus(Duration.ofMinutes(14)));
        assertThat(PromisePolicy.breaksAt(IN, Duration.ZERO)).isEqualTo(IN.plus(Duration.ofMinutes(10)));
    }

    @Test
    void longQuotesBreakAtOneAndAHalfTimes() {
        assertThat(PromisePolicy.breaksAt(IN, Duration.ofMinutes(60))).isEqualTo(IN.plus(Duration.ofMinutes(90)));
    }
}
