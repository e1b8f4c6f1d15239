package fi.vuoro.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StruggleDetectorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final StruggleDetector detector =
            new StruggleDetector(clock, new StruggleRules(Duration.ofSeconds(30), 3, 2));

    @Test
    void idleMidFlowIsAStruggleOnlyOnceTheLimitIsReached() {
        clock.advance(Duration.ofSeconds(29));
        assertThat(detector.check(true)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(detector.check(true)).contains(Struggle.IDLE_MID_FLOW);
    }

    @Test
    void idleOutsideTheFlowIsNormal() {
        clock.advance(Duration.ofMinutes(10));
        assertThat(detector.check(false)).isEmpty();
    }

    @Test
    void activityRestartsTheIdleWindow() {
        clock.advance(Duration.ofSeconds(25));
        detector.activity();
        clock.advance(Duration.ofSeconds(25));
        assertThat(detector.check(true)).isEmpty();
    }

    @Test
    void threeReversalsAreBackAndForth() {
        detector.reversal();
        detector.reversal();
        assertThat(detector.check(true)).isEmpty();
        detector.reversal();
        assertThat(detector.check(true)).contains(Struggle.BACK_AND_FORTH);
    }

    @Test
    void twoFailuresAreRepeatedFailuresAndWinOverReversals() {
        detector.reversal();
        detector.reversal();
        detector.reversal();
        detector.failure();
        detector.failure();
        assertThat(detector.check(true)).contains(Struggle.REPEATED_FAILURES);
    }

    @Test
    void signalsOncePerVisitUntilReset() {
        detector.failure();
        detector.failure();
        assertThat(detector.check(true)).isPresent();
        detector.failure();
        assertThat(detector.check(true)).isEmpty();

        detector.reset();
        assertThat(detector.failures()).isZero();
        detector.failure();
        assertThat(detector.check(true)).isEmpty();
        detector.failure();
        assertThat(detector.check(true)).contains(Struggle.REPEATED_FAILURES);
    }
}
