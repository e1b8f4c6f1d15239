package fi.vuoro.server.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.estimate.WaitForecaster;
import fi.vuoro.server.queue.CallPolicy;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.WaitingTicket;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.WorkProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The forecast's fast dispatcher (only each line's first ticket is a candidate) must choose exactly what the call
 * policy chooses over all waiting tickets: random queues with every priority class, appointments before and after
 * their window, starved tickets, reserved tickets, ranks and weights.
 */
class LineHeadDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final List<String> SERVICES = List.of("gp", "lab", "vacc");

    private final CallPolicy policy = new CallPolicy(
            Duration.ofMinutes(15),
            Duration.ofMinutes(10),
            Map.of("gp", Duration.ofMinutes(20), "lab", Duration.ofMinutes(10), "vacc", Duration.ofMinutes(5))::get);

    private final List<Counter> counters = List.of(
            counter("room-1", new WorkProfile.Entry("gp", 1, 1)),
            counter("room-2", new WorkProfile.Entry("gp", 1, 2), new WorkProfile.Entry("vacc", 1, 1)),
            counter("lab-1", new WorkProfile.Entry("lab", 1, 1), new WorkProfile.Entry("vacc", 2, 3)));

    @Test
    void choosesWhatThePolicyChoosesOverAllWaitingTickets() {
        for (long seed = 1; seed <= 40; seed++) {
            List<WaitingTicket> waiting = randomQueue(new Random(seed), 150);
            WaitForecaster forecaster = new WaitForecaster(
                    (service, at) -> Duration.ofMinutes(service.equals("gp") ? 9 : service.equals("lab") ? 4 : 2));
            List<WaitForecaster.Job> jobs = waiting.stream()
                    .map(w -> new WaitForecaster.Job(w.id(), w.serviceId()))
                    .toList();
            List<WaitForecaster.CounterState> states = counters.stream()
                    .map(c -> new WaitForecaster.CounterState(c.id(), NOW))
                    .toList();

            Map<String, Instant> fast =
                    forecaster.callTimes(jobs, states, NOW, QueueEstimates.dispatcher(policy, counters, waiting));
            Map<String, Instant> exhaustive = forecaster.callTimes(jobs, states, NOW, (counterId, remaining, at) -> {
                Counter c = counters.stream()
                        .filter(x -> x.id().equals(counterId))
                        .findFirst()
                        .orElseThrow();
                List<WaitingTicket> left =
                        waiting.stream().filter(w -> remaining.contains(w.id())).toList();
                return policy.next(counterId, c.workProfile(), left, at).map(WaitingTicket::id);
            });

            assertThat(fast).as("seed " + seed).isEqualTo(exhaustive);
            assertThat(fast).as("seed " + seed).isNotEmpty();
        }
    }

    private static List<WaitingTicket> randomQueue(Random random, int size) {
        List<WaitingTicket> waiting = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            PriorityClass priority =
                    switch (random.nextInt(10)) {
                        case 0 -> PriorityClass.URGENT;
                        case 1, 2 -> PriorityClass.PRIORITY;
                        case 3, 4 -> PriorityClass.APPOINTMENT;
                        default -> PriorityClass.NORMAL;
                    };
            // Some waited far past target + cap (starved), a few tickets share a line time.
            Instant queued = NOW.minus(Duration.ofSeconds(random.nextInt(3) == 0 ? 60 * random.nextInt(90) : 0))
                    .minusSeconds(random.nextInt(4) * 30L);
            Instant appointment = priority == PriorityClass.APPOINTMENT && random.nextBoolean()
                    ? NOW.plus(Duration.ofMinutes(random.nextInt(120) - 30))
                    : null;
            String target = random.nextInt(12) == 0
                    ? List.of("room-1", "room-2", "lab-1").get(random.nextInt(3))
                    : null;
            String id = String.format("t%04d", random.nextInt(10_000)) + "-" + i;
            waiting.add(new WaitingTicket(
                    id, SERVICES.get(random.nextInt(SERVICES.size())), priority, queued, appointment, target));
        }
        return waiting;
    }

    private static Counter counter(String id, WorkProfile.Entry... entries) {
        return new Counter(id, "s", id, true, new WorkProfile(List.of(entries)));
    }
}
