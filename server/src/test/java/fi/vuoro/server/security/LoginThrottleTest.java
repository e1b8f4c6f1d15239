package fi.vuoro.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.system.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(3, 10, Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofHours(1), 100),
            new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class),
            meters);

    @Test
    void locksAfterTheFreeAttemptsAndDoublesUpToTheCap() {
        fail(3);
        assertThat(throttle.lockedFor("mari", "10.0.0.1")).isEmpty();

        fail(1);
        assertThat(throttle.lockedFor("mari", "10.0.0.1")).contains(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("MARI ", "10.0.0.2"))
                .as("usernames ignore case")
                .isPresent();
        assertThat(throttle.lockedFor("pekka", "10.0.0.2")).isEmpty();

        fail(1);
        assertThat(throttle.lockedFor("mari", null)).contains(Duration.ofSeconds(60));
        fail(1);
        assertThat(throttle.lockedFor("mari", null)).contains(Duration.ofSeconds(120));
        fail(5);
        assertThat(throttle.lockedFor("mari", null)).as("capped").contains(Duration.ofMinutes(2));

        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.lockedFor("mari", null)).isEmpty();
        assertThat(meters.counter("vuoro.login.failures", "channel", "form").count())
                .isEqualTo(11);
    }

    @Test
    void anAddressSprayingManyUsersIsLockedForAllOfThem() {
        for (int i = 0; i < 11; i++) {
            throttle.failed("user" + i, "10.0.0.9", "basic");
        }
        assertThat(throttle.lockedFor("someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.lockedFor("someone-else", "10.0.0.10")).isEmpty();
    }

    @Test
    void successClearsTheUserAndOldFailuresAreForgotten() {
        fail(3);
        throttle.succeeded("mari");
        fail(3);
        assertThat(throttle.lockedFor("mari", null)).isEmpty();

        clock.advance(Duration.ofHours(2));
        fail(3);
        assertThat(throttle.lockedFor("mari", null))
                .as("counted afresh after forget-after")
                .isEqualTo(Optional.empty());
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed("mari", "10.0.0.1", "form");
        }
    }
}
