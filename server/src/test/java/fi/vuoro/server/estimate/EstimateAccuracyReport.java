package fi.vuoro.server.estimate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Prints the forecast's error against the naive estimate on simulated days, for the benchmark. */
public final class EstimateAccuracyReport {

    private EstimateAccuracyReport() {}

    /** Learns on {@code days} simulated days, then measures on as many more. */
    public static void print(int days) {
        var model = new ServiceTimeModel(List.of());
        var monday = Instant.parse("2026-11-23T08:00:00Z");
        for (int day = 0; day < days; day++) {
            new SimulatedDay(100 + day, model).run(monday.plus(Duration.ofDays(day)), true);
        }
        double forecast = 0;
        double naive = 0;
        int tickets = 0;
        for (int day = 0; day < days; day++) {
            var result = new SimulatedDay(200 + day, model).run(monday.plus(Duration.ofDays(days + 2 + day)), true);
            forecast += result.forecastMaeSeconds() * result.tickets();
            naive += result.naiveMaeSeconds() * result.tickets();
            tickets += result.tickets();
        }
        System.out.printf(
                Locale.ROOT,
                "[estimate] %d measured days, %,d tickets: forecast MAE %.0f s, naive MAE %.0f s (%.0f%% lower)%n",
                days,
                tickets,
                forecast / tickets,
                naive / tickets,
                100 * (1 - forecast / naive));
    }
}
