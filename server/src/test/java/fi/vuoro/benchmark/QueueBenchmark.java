package fi.vuoro.benchmark;

import fi.vuoro.server.ServerProcess;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives the real server (a separate JVM on H2, demo profile) through HTTP and STOMP and prints: durable ticket
 * operations per second, call → subscriber latency with N STOMP subscribers, server memory, and the wait
 * estimate's error against the naive estimate. Run with {@code bin/benchmark}; see docs/benchmark.md.
 *
 * <p>Figures are printed, never asserted: a benchmark is not a test.
 */
public final class QueueBenchmark {

    private static final String SITE = "demo";

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var dataDir = Files.createTempDirectory("vuoro-bench-");
        System.out.printf(
                Locale.ROOT,
                "Vuoro benchmark: %d cores, data in %s%n",
                Runtime.getRuntime().availableProcessors(),
                dataDir);
        try (var server = ServerProcess.start(dataDir, List.of())) {
            var api = new ApiClient(server.port);
            System.out.printf(Locale.ROOT, "server pid %d up; RSS idle %d MiB%n", server.pid(), server.rssMiB());
            var services = api.ids("/sites/" + SITE + "/services");
            var counters = api.ids("/sites/" + SITE + "/counters");

            durableOperations(api, services, counters, options);
            System.out.printf(Locale.ROOT, "RSS after load: %d MiB%n", server.rssMiB());

            for (int subscribers : options.subscribers) {
                callLatency(server, api, services, counters, subscribers, options.calls);
            }
        }
        fi.vuoro.server.estimate.EstimateAccuracyReport.print(options.simulatedDays);
    }

    /**
     * Phase 1: tickets issued by many kiosk clients (device token: no password hashing per request), then
     * call-next + complete by every counter, each for a bounded time. Every operation is a committed transaction.
     */
    private static void durableOperations(ApiClient api, List<String> services, List<String> counters, Options options)
            throws Exception {
        var issued = new AtomicLong();
        var failures = new AtomicLong();
        var deadline = System.nanoTime() + Duration.ofSeconds(options.seconds).toNanos();
        long started = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < options.clients; t++) {
                int client = t;
                pool.submit(() -> {
                    long n = 0;
                    while (System.nanoTime() < deadline) {
                        try {
                            api.issue(SITE, services.get((int) (n % services.size())), "bench-" + client + "-" + n++);
                            issued.incrementAndGet();
                        } catch (Exception e) {
                            if (failures.incrementAndGet() == 1) System.out.println("first failure: " + e.getMessage());
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "[ops] issue: %,d tickets in %.1f s = %,.0f durable ops/s with %d kiosk clients (%d failures)%n",
                issued.get(),
                seconds,
                issued.get() / seconds,
                options.clients,
                failures.get());

        var served = new AtomicLong();
        var serveDeadline =
                System.nanoTime() + Duration.ofSeconds(options.seconds).toNanos();
        started = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var counter : counters) {
                pool.submit(() -> {
                    while (System.nanoTime() < serveDeadline) {
                        var ticket = api.callNext(counter);
                        if (ticket == null) return null;
                        api.action(ticket.id(), "complete", "{\"outcome\":\"served\"}");
                        served.addAndGet(2);
                    }
                    return null;
                });
            }
        }
        seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "[ops] call-next+complete: %,d durable ops in %.1f s = %,.0f ops/s with %d counters (staff Basic auth: one BCrypt check per request)%n",
                served.get(),
                seconds,
                served.get() / seconds,
                counters.size());
    }

    /** Phase 2: N subscribers on the calls topic; each call's arrival at every subscriber is timed. */
    private static void callLatency(
            ServerProcess server,
            ApiClient api,
            List<String> services,
            List<String> counters,
            int subscribers,
            int calls)
            throws Exception {
        try (var fleet = new SubscriberFleet()) {
            long connectStart = System.nanoTime();
            fleet.connect(server.port, SITE, "Bearer demo-display", subscribers);
            double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
            var called = new ArrayList<String>();
            for (int i = 0; i < calls; i++) {
                api.issue(SITE, services.get(0), "bench-lat-" + subscribers + "-" + i);
            }
            for (int i = 0; i < calls; i++) {
                var counter = counters.get(i % counters.size());
                // The number is only known from the response, so time from just before the request; the
                // fleet matches arrivals by number once it is registered.
                long before = System.nanoTime();
                var ticket = api.callNext(counter);
                if (ticket == null) break;
                fleet.markSentAt(ticket.number(), before);
                called.add(ticket.id());
                Thread.sleep(100);
            }
            Thread.sleep(2000);
            var p = Percentiles.of(fleet.latenciesMillis());
            System.out.printf(
                    Locale.ROOT,
                    "[latency] %,d subscribers (connected in %.1f s): call → subscriber p50 %.1f ms, p99 %.1f ms, max %.1f ms; %,d of %,d deliveries; server RSS %d MiB%n",
                    subscribers,
                    connectSeconds,
                    p.p50(),
                    p.p99(),
                    p.max(),
                    p.count(),
                    (long) subscribers * called.size(),
                    server.rssMiB());
            for (var id : called) api.action(id, "complete", "{\"outcome\":\"served\"}");
        }
    }

    record Options(int seconds, int clients, List<Integer> subscribers, int calls, int simulatedDays) {
        static Options parse(String[] args) {
            int seconds = 10, clients = 32, calls = 40, days = 5;
            List<Integer> subscribers = List.of(100, 1000, 5000);
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                    case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                    case "--calls" -> calls = Integer.parseInt(args[i + 1]);
                    case "--days" -> days = Integer.parseInt(args[i + 1]);
                    case "--subscribers" ->
                        subscribers = java.util.Arrays.stream(args[i + 1].split(","))
                                .map(Integer::parseInt)
                                .toList();
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(seconds, clients, subscribers, calls, days);
        }
    }

    private QueueBenchmark() {}
}
