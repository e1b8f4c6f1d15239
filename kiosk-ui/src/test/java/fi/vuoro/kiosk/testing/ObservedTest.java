package fi.vuoro.kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObservedTest {

    @Test
    void aMomentNeverSeenIsNotObservedRatherThanMinusOneMillisecond() {
        assertThat(Observed.millisSince(5_000_000L, 0)).isEqualTo("not observed");
        assertThat(Observed.millisSince(5_000_000L, 17_000_000L)).isEqualTo("12 ms");
        assertThat(Observed.millisSince(5_000_000L, 5_000_000L)).isEqualTo("0 ms");
    }
}
