/**
 * Estimated waits. A pure core ({@link fi.vuoro.server.estimate.WaitForecaster},
 * {@link fi.vuoro.server.estimate.ServiceTimeModel}) replays the real call order on the counters actually open,
 * with service times learned per service and hour of day; no Spring, no database, so simulations and the benchmark
 * drive it directly. {@link fi.vuoro.server.estimate.NaiveEstimate} is the baseline it is measured against. The
 * method is described in {@code docs/queue-engine.md}.
 */
package fi.vuoro.server.estimate;
