package fi.vuoro.server.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaitForecasterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    /** FIFO dispatcher where counter "lab" serves only lab tickets and "any" serves everything. */
    private static final WaitForecaster.Dispatcher FIFO = (counter, remaining, at) -> remaining.stream()
            .filter(id -> counter.equals("any") || id.startsWith("lab"))
            .findFirst();

    private final WaitForecaster forecaster =
            new WaitForecaster((service, at) -> service.equals("lab") ? Duration.ofMinutes(5) : Duration.ofMinutes(10));

    @Test
    void replaysCountersInTheOrderTheyBecomeFree() {
        List<WaitForecaster.Job> jobs = List.of(
                new WaitForecaster.Job("gp-1", "gp"),
                new WaitForecaster.Job("lab-1", "lab"),
                new WaitForecaster.Job("gp-2", "gp"),
                new WaitForecaster.Job("lab-2", "lab"));
        List<WaitForecaster.CounterState> counters = List.of(
                new WaitForecaster.CounterState("any", NOW.plus(Duration.ofMinutes(3))),
                new WaitForecaster.CounterState("lab", NOW));
        Map<String, Long> waits = WaitForecaster.waitsSeconds(forecaster.callTimes(jobs, counters, NOW, FIFO), NOW);
        // lab counter: lab-1 at 0, lab-2 at 5; any counter (free at 3): gp-1 at 3, gp-2 at 13.
        assertThat(waits)
                .containsExactlyInAnyOrderEntriesOf(Map.of("lab-1", 0L, "lab-2", 300L, "gp-1", 180L, "gp-2", 780L));
    }

    @Test
    void ticketsNoOpenCounterServesGetNoForecast() {
        Map<String, Instant> calls = forecaster.callTimes(
                List.of(new WaitForecaster.Job("gp-1", "gp")),
                List.of(new WaitForecaster.CounterState("lab", NOW)),
                NOW,
                FIFO);
        assertThat(calls).isEmpty();
        assertThat(forecaster.callTimes(
                        List.of(new WaitForecaster.Job("x", "gp")), List.of(), NOW, (c, r, a) -> Optional.empty()))
                .isEmpty();
    }

    @Test
    void serviceTimeModelLearnsPerHourAndFallsBackToAllDayThenTypical() {
        ServiceTimeModel model = new ServiceTimeModel(List.of());
        Duration typical = Duration.ofMinutes(10);
        assertThat(model.expected("gp", 9, typical)).isEqualTo(typical);
        for (int i = 0; i < 5; i++) {
            model.observe("gp", 9, Duration.ofMinutes(4));
        }
        assertThat(model.expected("gp", 9, typical)).isEqualTo(Duration.ofMinutes(4));
        // Hour 14 has no samples: the all-day mean is used.
        assertThat(model.expected("gp", 14, typical)).isEqualTo(Duration.ofMinutes(4));
        // After the first samples, new observations move the mean by alpha, following drift.
        model.observe("gp", 9, Duration.ofMinutes(14));
        assertThat(model.expected("gp", 9, typical).toSeconds()).isBetween(4 * 60L + 80, 4 * 60L + 100);
    }
}
