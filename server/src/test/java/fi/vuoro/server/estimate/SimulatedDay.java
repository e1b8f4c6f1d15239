package fi.vuoro.server.estimate;

import fi.vuoro.server.queue.CallPolicy;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.WaitingTicket;
import fi.vuoro.server.site.WorkProfile;
import fi.vuoro.server.site.WorkProfile.Entry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A discrete-event simulation of one clinic day, used to measure estimate error: visitors arrive (Poisson, rates by
 * hour), counters call by the real {@link CallPolicy}, service times are log-normal with a mean that changes over
 * the day. At every arrival both estimates are recorded and later compared with the wait that really happened.
 */
final class SimulatedDay {

    record Result(double forecastMaeSeconds, double naiveMaeSeconds, int tickets) {}

    static final Map<String, Duration> TYPICAL =
            Map.of("gp", Duration.ofMinutes(12), "lab", Duration.ofMinutes(5), "vacc", Duration.ofMinutes(6));

    static final Map<String, WorkProfile> COUNTERS = new LinkedHashMap<>();

    static {
        COUNTERS.put("room-1", new WorkProfile(List.of(new Entry("gp", 1, 1))));
        COUNTERS.put("room-2", new WorkProfile(List.of(new Entry("gp", 1, 2), new Entry("vacc", 1, 1))));
        COUNTERS.put("lab-1", new WorkProfile(List.of(new Entry("lab", 1, 1), new Entry("vacc", 2, 1))));
        COUNTERS.put("lab-2", new WorkProfile(List.of(new Entry("lab", 1, 1))));
    }

    private final Random random;
    private final ServiceTimeModel model;
    private final CallPolicy policy =
            new CallPolicy(Duration.ofMinutes(15), Duration.ofMinutes(10), s -> Duration.ofMinutes(20));

    SimulatedDay(long seed, ServiceTimeModel model) {
        this.random = new Random(seed);
        this.model = model;
    }

    /** True mean service time: doctors slow down in the afternoon, the lab is quick in the morning rush. */
    static double trueMeanSeconds(String service, int hour) {
        return switch (service) {
            case "gp" -> hour < 12 ? 10 * 60 : 16 * 60;
            case "lab" -> hour < 10 ? 3.5 * 60 : 6 * 60;
            default -> 6 * 60;
        };
    }

    /** Arrivals per hour. */
    static double rate(String service, int hour) {
        return switch (service) {
            case "gp" -> hour < 12 ? 9 : 6;
            case "lab" -> hour < 10 ? 22 : 12;
            default -> 4;
        };
    }

    Result run(Instant dayStart, boolean learn) {
        record Arrival(Instant at, String service) {}
        List<Arrival> arrivals = new ArrayList<>();
        for (String service : TYPICAL.keySet().stream().sorted().toList()) {
            Instant t = dayStart;
            Instant end = dayStart.plus(Duration.ofHours(8));
            while (true) {
                int hour = t.atZone(ZoneOffset.UTC).getHour();
                t = t.plusSeconds((long) (-Math.log(1 - random.nextDouble()) * 3600 / rate(service, hour)));
                if (!t.isBefore(end)) {
                    break;
                }
                arrivals.add(new Arrival(t, service));
            }
        }
        arrivals.sort((a, b) -> a.at().compareTo(b.at()));

        Map<String, Instant> freeAt = new HashMap<>();
        Map<String, Instant> busyStart = new HashMap<>();
        Map<String, String> busyService = new HashMap<>();
        COUNTERS.keySet().forEach(c -> freeAt.put(c, dayStart));
        List<WaitingTicket> waiting = new ArrayList<>();
        Map<String, Instant> arrivedAt = new HashMap<>();
        Map<String, Long> forecast = new HashMap<>();
        Map<String, Long> naive = new HashMap<>();
        Map<String, Long> actual = new HashMap<>();
        int next = 0;
        int id = 0;
        while (next < arrivals.size() || !waiting.isEmpty()) {
            // Earliest free counter that has someone to call, versus the next arrival.
            String counter = null;
            Instant counterAt = null;
            for (var c : COUNTERS.entrySet()) {
                Instant at = freeAt.get(c.getKey());
                Instant at2 = at;
                if (waiting.stream()
                                .anyMatch(w -> c.getValue().serves(w.serviceId())
                                        && !w.queuedAt().isAfter(at2))
                        && (counterAt == null || at.isBefore(counterAt))) {
                    counter = c.getKey();
                    counterAt = at;
                }
            }
            if (next < arrivals.size()
                    && (counter == null || !arrivals.get(next).at().isAfter(counterAt))) {
                Arrival a = arrivals.get(next++);
                String ticket = "t" + id++;
                waiting.add(new WaitingTicket(ticket, a.service(), PriorityClass.NORMAL, a.at(), null, null));
                arrivedAt.put(ticket, a.at());
                estimate(ticket, waiting, freeAt, busyStart, busyService, forecast, naive);
                // Counters idle since before this arrival become free now.
                freeAt.replaceAll((c, at) -> at.isBefore(a.at()) ? a.at() : at);
                continue;
            }
            if (counter == null) {
                break;
            }
            Instant now = counterAt;
            List<WaitingTicket> present =
                    waiting.stream().filter(w -> !w.queuedAt().isAfter(now)).toList();
            Optional<WaitingTicket> pick = policy.next(counter, COUNTERS.get(counter), present, now);
            if (pick.isEmpty()) {
                freeAt.put(counter, now.plusSeconds(30));
                continue;
            }
            WaitingTicket t = pick.get();
            waiting.remove(t);
            actual.put(t.id(), Duration.between(arrivedAt.get(t.id()), now).toSeconds());
            int hour = now.atZone(ZoneOffset.UTC).getHour();
            double mean = trueMeanSeconds(t.serviceId(), hour);
            double sigma = 0.5;
            double seconds = Math.exp(Math.log(mean) - sigma * sigma / 2 + sigma * random.nextGaussian());
            Duration service = Duration.ofSeconds(Math.max(30, (long) seconds));
            if (learn) {
                model.observe(t.serviceId(), hour, service);
            }
            busyStart.put(counter, now);
            busyService.put(counter, t.serviceId());
            freeAt.put(counter, now.plus(service));
        }
        double fe = 0;
        double ne = 0;
        int n = 0;
        for (var e : actual.entrySet()) {
            if (forecast.containsKey(e.getKey())) {
                fe += Math.abs(forecast.get(e.getKey()) - e.getValue());
                ne += Math.abs(naive.get(e.getKey()) - e.getValue());
                n++;
            }
        }
        return new Result(fe / n, ne / n, n);
    }

    private void estimate(
            String ticket,
            List<WaitingTicket> waiting,
            Map<String, Instant> freeAt,
            Map<String, Instant> busyStart,
            Map<String, String> busyService,
            Map<String, Long> forecast,
            Map<String, Long> naive) {
        WaitingTicket me = waiting.getLast();
        Instant now = me.queuedAt();
        WaitForecaster.ServiceTimes times =
                (s, at) -> model.expected(s, at.atZone(ZoneOffset.UTC).getHour(), TYPICAL.get(s));
        // What the server knows: when each busy counter started and on what, not when it will really finish.
        List<WaitForecaster.CounterState> states = new ArrayList<>();
        for (String c : COUNTERS.keySet()) {
            Instant known = now;
            if (freeAt.get(c).isAfter(now) && busyStart.containsKey(c)) {
                Duration expected = times.expected(busyService.get(c), busyStart.get(c));
                Instant end = busyStart.get(c).plus(expected);
                Instant floor = now.plus(expected.dividedBy(10));
                known = end.isBefore(floor) ? floor : end;
            }
            states.add(new WaitForecaster.CounterState(c, known));
        }
        List<WaitForecaster.Job> jobs = waiting.stream()
                .map(w -> new WaitForecaster.Job(w.id(), w.serviceId()))
                .toList();
        Map<String, Instant> calls = new WaitForecaster(times)
                .callTimes(jobs, states, now, (c, remaining, at) -> policy.next(
                                c,
                                COUNTERS.get(c),
                                waiting.stream()
                                        .filter(w -> remaining.contains(w.id()))
                                        .toList(),
                                at)
                        .map(WaitingTicket::id));
        if (calls.containsKey(ticket)) {
            forecast.put(ticket, Duration.between(now, calls.get(ticket)).toSeconds());
        }
        long ahead = waiting.stream()
                .filter(w -> w.serviceId().equals(me.serviceId()) && !w.id().equals(ticket))
                .count();
        int open = COUNTERS.size();
        naive.put(
                ticket,
                NaiveEstimate.of((int) ahead, TYPICAL.get(me.serviceId()), open).toSeconds());
    }
}
