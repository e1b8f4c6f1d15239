package fi.vuoro.server.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forecast against the naive estimate (people ahead × typical service time ÷ open counters) on simulated days:
 * five days to learn service times, then five measured days with fixed seeds, so the comparison is deterministic.
 */
class EstimateAccuracyTest {

    @Test
    void forecastBeatsTheNaiveEstimateOnSimulatedDays() {
        ServiceTimeModel model = new ServiceTimeModel(List.of());
        Instant monday = Instant.parse("2026-11-23T08:00:00Z");
        for (int day = 0; day < 5; day++) {
            new SimulatedDay(100 + day, model).run(monday.plus(Duration.ofDays(day)), true);
        }
        double forecast = 0;
        double naive = 0;
        int tickets = 0;
        for (int day = 0; day < 5; day++) {
            SimulatedDay.Result r = new SimulatedDay(200 + day, model).run(monday.plus(Duration.ofDays(7 + day)), true);
            forecast += r.forecastMaeSeconds() * r.tickets();
            naive += r.naiveMaeSeconds() * r.tickets();
            tickets += r.tickets();
        }
        forecast /= tickets;
        naive /= tickets;
        System.out.printf(
                "Estimate error over %d simulated tickets: forecast MAE %.0f s, naive MAE %.0f s (%.0f%% lower)%n",
                tickets, forecast, naive, 100 * (1 - forecast / naive));
        assertThat(tickets).isGreaterThan(500);
        assertThat(forecast).isLessThan(naive);
    }
}
