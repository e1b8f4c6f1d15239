package fi.vuoro.server.queue.internal;

import fi.vuoro.server.estimate.ServiceTimeModel;
import fi.vuoro.server.estimate.WaitForecaster;
import fi.vuoro.server.queue.CallPolicy;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.QueueProperties;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.WaitingTicket;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Positions and estimated waits for one site's open tickets, computed from the database state inside the caller's
 * transaction: the real call policy replayed on the open counters with learned service times.
 */
@Component
class QueueEstimates {

    /**
     * The queue as estimated at one moment. The wait a new ticket would get per service (a replay of the whole queue
     * per service) is worked out on first use: every queue event needs the tickets' figures, only snapshots, the
     * services list and provisional figures need the would-be tickets', and under load many events pass between two
     * such reads.
     */
    record Estimate(
            List<TicketRow> siteOrder,
            Map<String, Integer> positions,
            Map<String, Long> waits,
            Supplier<Probes> probes) {

        /** Per service: the wait of a ticket issued at the estimate's moment (absent when nobody serves it). */
        Map<String, Long> newTicketWaits() {
            return probes.get().newTicketWaits();
        }

        /** Per service: staffed by an open counter and within its opening hours at the estimate's moment. */
        Map<String, Boolean> serviceOpen() {
            return probes.get().serviceOpen();
        }
    }

    /** The would-be tickets' figures of one estimate. */
    record Probes(Map<String, Long> newTicketWaits, Map<String, Boolean> serviceOpen) {}

    private final SiteDirectory directory;
    private final ServiceTimeStore serviceTimes;
    private final QueueProperties properties;

    QueueEstimates(SiteDirectory directory, ServiceTimeStore serviceTimes, QueueProperties properties) {
        this.directory = directory;
        this.serviceTimes = serviceTimes;
        this.properties = properties;
    }

    CallPolicy policy(List<Service> services) {
        Map<String, Duration> targets = services.stream().collect(Collectors.toMap(Service::id, Service::targetWait));
        return new CallPolicy(
                properties.starvationCap(),
                properties.appointmentEarlyWindow(),
                id -> targets.getOrDefault(id, Duration.ofMinutes(30)));
    }

    /**
     * Positions and waits of the open tickets, and (on first use, from the same state and moment) the wait a new
     * ticket would get per service.
     */
    Estimate estimate(Site site, List<TicketRow> open, Instant now) {
        List<Service> services = directory.services(site.id());
        List<Counter> counters =
                directory.counters(site.id()).stream().filter(Counter::open).toList();
        CallPolicy policy = policy(services);
        ServiceTimeModel model = serviceTimes.model(site.id());
        Map<String, Duration> typical =
                services.stream().collect(Collectors.toMap(Service::id, Service::typicalServiceTime));
        WaitForecaster.ServiceTimes times = (serviceId, at) -> model.expected(
                serviceId,
                at.atZone(site.timeZone()).getHour(),
                typical.getOrDefault(serviceId, Duration.ofMinutes(5)));

        Map<String, TicketRow> waitingRows = new LinkedHashMap<>();
        for (TicketRow t : open) {
            if (t.status() == TicketStatus.WAITING) {
                waitingRows.put(t.id(), t);
            }
        }
        List<WaitingTicket> waiting =
                waitingRows.values().stream().map(TicketRow::waiting).toList();

        List<TicketRow> siteOrder = policy.siteOrder(waiting, now).stream()
                .map(w -> waitingRows.get(w.id()))
                .toList();
        Map<String, Integer> positions = new HashMap<>();
        Map<String, Integer> perService = new HashMap<>();
        for (TicketRow t : siteOrder) {
            positions.put(t.id(), perService.merge(t.serviceId(), 1, Integer::sum));
        }

        List<WaitForecaster.CounterState> states = counterStates(counters, open, now, times);
        WaitForecaster forecaster = new WaitForecaster(times);
        Map<String, Long> waits = WaitForecaster.waitsSeconds(
                forecaster.callTimes(jobs(waiting), states, now, dispatcher(policy, counters, waiting)), now);

        return new Estimate(
                siteOrder,
                positions,
                waits,
                SingletonSupplier.of(() -> probes(site, services, counters, policy, forecaster, states, waiting, now)));
    }

    /** A would-be ticket issued now, per service: what kiosk tiles show before anyone takes a ticket. */
    private static Probes probes(
            Site site,
            List<Service> services,
            List<Counter> counters,
            CallPolicy policy,
            WaitForecaster forecaster,
            List<WaitForecaster.CounterState> states,
            List<WaitingTicket> waiting,
            Instant now) {
        Map<String, Long> newTicketWaits = new HashMap<>();
        Map<String, Boolean> serviceOpen = new HashMap<>();
        for (Service s : services) {
            boolean staffed = counters.stream().anyMatch(c -> c.workProfile().serves(s.id()));
            serviceOpen.put(
                    s.id(), staffed && s.isOpenAt(now.atZone(site.timeZone()).toLocalTime()));
            List<WaitingTicket> withNew = new ArrayList<>(waiting);
            String probe = "probe:" + s.id();
            withNew.add(new WaitingTicket(probe, s.id(), PriorityClass.NORMAL, now, null, null));
            Long wait = WaitForecaster.waitsSeconds(
                            forecaster.callTimes(jobs(withNew), states, now, dispatcher(policy, counters, withNew)),
                            now)
                    .get(probe);
            if (wait != null) {
                newTicketWaits.put(s.id(), wait);
            }
        }
        return new Probes(Map.copyOf(newTicketWaits), Map.copyOf(serviceOpen));
    }

    private static List<WaitForecaster.CounterState> counterStates(
            List<Counter> counters, List<TicketRow> open, Instant now, WaitForecaster.ServiceTimes times) {
        List<WaitForecaster.CounterState> states = new ArrayList<>();
        for (Counter c : counters) {
            Optional<TicketRow> busy = open.stream()
                    .filter(t -> c.id().equals(t.counterId()))
                    .filter(t -> t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING)
                    .findFirst();
            Instant freeAt = busy.map(t -> {
                        Instant begun = t.startedAt() != null ? t.startedAt() : now;
                        Duration expected = times.expected(t.serviceId(), begun);
                        Instant expectedEnd = begun.plus(expected);
                        // Overrunning: assume a little more rather than "free right now".
                        Instant floor = now.plus(expected.dividedBy(10));
                        return expectedEnd.isBefore(floor) ? floor : expectedEnd;
                    })
                    .orElse(now);
            states.add(new WaitForecaster.CounterState(c.id(), freeAt));
        }
        return states;
    }

    private static List<WaitForecaster.Job> jobs(List<WaitingTicket> waiting) {
        return waiting.stream()
                .map(w -> new WaitForecaster.Job(w.id(), w.serviceId()))
                .toList();
    }

    /**
     * The call policy over the tickets still waiting, in O(buckets) per pick instead of O(waiting): tickets of one
     * service, priority class and target counter are always called in line-time order (starvation and appointment
     * due-ness are monotone in line time, rank and weight are equal), so only each bucket's first remaining ticket
     * can be the policy's choice. Exactly what {@link CallPolicy#next} over all remaining tickets returns.
     */
    static WaitForecaster.Dispatcher dispatcher(
            CallPolicy policy, List<Counter> counters, List<WaitingTicket> waiting) {
        Map<String, Counter> byId = counters.stream().collect(Collectors.toMap(Counter::id, Function.identity()));
        record Bucket(String serviceId, fi.vuoro.server.queue.PriorityClass priority, String targetCounterId) {}
        Map<Bucket, java.util.ArrayDeque<WaitingTicket>> buckets = new LinkedHashMap<>();
        waiting.stream()
                .sorted(java.util.Comparator.comparing(WaitingTicket::lineTime).thenComparing(WaitingTicket::id))
                .forEach(w -> buckets.computeIfAbsent(
                                new Bucket(w.serviceId(), w.priority(), w.targetCounterId()),
                                k -> new java.util.ArrayDeque<>())
                        .add(w));
        List<java.util.ArrayDeque<WaitingTicket>> lines = List.copyOf(buckets.values());
        return (counterId, remaining, at) -> {
            Counter c = byId.get(counterId);
            List<WaitingTicket> heads = new ArrayList<>(lines.size());
            for (java.util.ArrayDeque<WaitingTicket> line : lines) {
                while (!line.isEmpty() && !remaining.contains(line.peekFirst().id())) {
                    line.pollFirst(); // already forecast
                }
                if (!line.isEmpty()) {
                    heads.add(line.peekFirst());
                }
            }
            return policy.next(counterId, c.workProfile(), heads, at).map(WaitingTicket::id);
        };
    }
}
