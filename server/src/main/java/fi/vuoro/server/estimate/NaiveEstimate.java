package fi.vuoro.server.estimate;

import java.time.Duration;

/** The baseline every queue system starts with: people ahead × mean service time ÷ open counters. */
public final class NaiveEstimate {

    private NaiveEstimate() {}

    public static Duration of(int peopleAhead, Duration meanServiceTime, int openCounters) {
        if (openCounters <= 0) {
            return meanServiceTime.multipliedBy(peopleAhead);
        }
        return meanServiceTime.multipliedBy(peopleAhead).dividedBy(openCounters);
    }
}
