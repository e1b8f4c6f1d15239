package fi.vuoro.benchmark;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.server.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try {
            if (options.http) {
                httpPhases(dataDir, options);
            }
        } finally {
            // A few GB after a long run: H2 keeps old chunks for a while and the queue grows by thousands.
            TempDirs.delete(dataDir);
        }
        // Last: the in-process server leaves hundreds of MB in this JVM's heap (its queue of ~100,000 tickets was
        // still reachable after close in one run), and the client's garbage collector then competed with the server
        // for the two cores during every HTTP phase.
        if (options.engine) {
            EngineBenchmark.run(options.seconds, options.clients, options.warmup);
        }
        fi.vuoro.server.estimate.EstimateAccuracyReport.print(options.simulatedDays);
    }

    private static void httpPhases(Path dataDir, Options options) throws Exception {
        try (var server = ServerProcess.start(dataDir, List.of())) {
            var api = new ApiClient(server.port);
            System.out.printf(
                    Locale.ROOT,
                    "server pid %d up; RSS idle %d MiB; %s%n",
                    server.pid(),
                    server.rssMiB(),
                    machineLoad());
            var services = api.ids("/sites/" + SITE + "/services");
            var counters = api.ids("/sites/" + SITE + "/counters");

            // Fan-out first, with a busy lobby's queue (--backlog waiting). After the durable-operations phases tens of
            // thousands wait, a queue no lobby has, and recomputing their wait forecast in the background competed
            // with the fan-out for the two cores (p99 at 5,000 subscribers: 173 ms after them in one run, 90-116 ms in
            // fan-out-only runs).
            var backlog = new ArrayList<String>();
            for (int i = 0; i < options.backlog && !options.subscribers.isEmpty(); i++) {
                backlog.add(api.issue(SITE, services.get(i % services.size()), "bench-backlog-" + i)
                        .id());
            }
            for (int subscribers : options.subscribers) {
                callLatency(server, api, services, counters, subscribers, options.calls, options.callInterval);
            }
            for (var id : backlog) api.cancel(id);

            if (options.ops) {
                durableOperations(server, api, services, counters, options);
                System.out.printf(Locale.ROOT, "RSS after load: %d MiB; %s%n", server.rssMiB(), machineLoad());
                System.out.printf(
                        Locale.ROOT,
                        "H2 file after load: %,.0f MiB, %.0f %% of its chunks' bytes live (on disk: %,d MiB)%n",
                        api.gauge("vuoro.h2.file.size") / (1 << 20),
                        api.gauge("vuoro.h2.chunks.fill"),
                        Files.size(dataDir.resolve("vuoro.mv.db")) >> 20);
            }
        }
    }

    /**
     * Phase 1: tickets issued by many kiosk clients (device token: no password hashing per request), then
     * call-next + complete by every counter, each for a bounded time. Every operation is a committed transaction.
     */
    private static void durableOperations(
            ServerProcess server, ApiClient api, List<String> services, List<String> counters, Options options)
            throws Exception {
        // Warm-up: the same load, not measured, so the figures below are of JIT-compiled code on both sides.
        steadyState(api, services, counters, options, options.warmup, "warmup");
        long serverCpu = server.cpuMillis();
        long clientCpu = clientCpuMillis();
        var batches = Batches.now(api);
        var mix = steadyState(api, services, counters, options, options.seconds, "steady");
        System.out.printf(
                Locale.ROOT,
                "[ops] steady state: %,d durable ops in %.1f s = %,.0f ops/s (issue %,d, cancel %,d, call-next %,d,"
                        + " complete %,d; %d kiosk clients, %d counters; %,.0f waiting on average, at most %,d); %s%n",
                mix.ops(),
                mix.seconds(),
                mix.ops() / mix.seconds(),
                mix.issued(),
                mix.cancelled(),
                mix.called(),
                mix.completed(),
                options.clients,
                counters.size(),
                mix.meanWaiting(),
                options.backlog,
                machineLoad());
        printCpu(server, mix.ops(), serverCpu, clientCpu);
        batches.printSince(api);

        serverCpu = server.cpuMillis();
        clientCpu = clientCpuMillis();
        batches = Batches.now(api);
        var issued = new AtomicLong();
        var failures = new Failures();
        long started = System.nanoTime();
        issueFor(api, services, options.clients, options.seconds, "bench", issued, failures);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "[ops] issue: %,d tickets in %.1f s = %,.0f durable ops/s with %d kiosk clients (%d failures); %s%n",
                issued.get(),
                seconds,
                issued.get() / seconds,
                options.clients,
                failures.total(),
                machineLoad());
        printCpu(server, issued.get(), serverCpu, clientCpu);
        batches.printSince(api);
        System.out.printf(Locale.ROOT, "[ops]   queue after the burst: about %,d waiting%n", issued.get());

        serverCpu = server.cpuMillis();
        clientCpu = clientCpuMillis();
        batches = Batches.now(api);
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
                "[ops] call-next+complete: %,d durable ops in %.1f s = %,.0f ops/s with %d counters (staff HTTP Basic); %s%n",
                served.get(),
                seconds,
                served.get() / seconds,
                counters.size(),
                machineLoad());
        printCpu(server, served.get(), serverCpu, clientCpu);
        batches.printSince(api);
    }

    /** The server's group commits (its {@code vuoro.queue.batch.*} meters) over one phase. */
    record Batches(ApiClient.Meter units, ApiClient.Meter time, long nanos) {
        static Batches now(ApiClient api) throws IOException, InterruptedException {
            return new Batches(
                    api.meter("vuoro.queue.batch.units"), api.meter("vuoro.queue.batch.time"), System.nanoTime());
        }

        void printSince(ApiClient api) throws IOException, InterruptedException {
            var later = now(api);
            var units = later.units.minus(this.units);
            var time = later.time.minus(this.time);
            double phaseSeconds = (later.nanos - nanos) / 1e9;
            if (units.count() == 0) return;
            System.out.printf(
                    Locale.ROOT,
                    "[ops]   group commit: %,.0f transactions, %.1f queue changes each, %.2f ms each (statements and"
                            + " commit, on the site's writer thread: busy %.0f %% of the phase)%n",
                    units.count(),
                    units.total() / units.count(),
                    1000 * time.total() / time.count(),
                    100 * time.total() / phaseSeconds);
        }
    }

    record Mix(long issued, long cancelled, long called, long completed, double seconds, double meanWaiting) {
        long ops() {
            return issued + cancelled + called + completed;
        }
    }

    /**
     * A lobby in steady state: kiosk clients issue while every counter calls and completes, and visitors who give up
     * cancel, so the queue stays near {@code --backlog} waiting tickets (a busy site's size) instead of growing
     * without bound. Every issue, cancel, call-next and complete is a committed transaction.
     */
    private static Mix steadyState(
            ApiClient api, List<String> services, List<String> counters, Options options, int seconds, String prefix)
            throws InterruptedException {
        var issued = new AtomicLong();
        var cancelled = new AtomicLong();
        var called = new AtomicLong();
        var completed = new AtomicLong();
        var failures = new Failures();
        var deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        var waitingSamples = new java.util.concurrent.atomic.LongAdder();
        var sampleCount = new java.util.concurrent.atomic.LongAdder();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < options.clients; t++) {
                int client = t;
                pool.submit(() -> {
                    var own = new java.util.ArrayDeque<String>();
                    long n = 0;
                    while (System.nanoTime() < deadline) {
                        try {
                            long waiting = issued.get() - cancelled.get() - called.get();
                            if (waiting >= options.backlog && !own.isEmpty()) {
                                // The queue is full: this kiosk's oldest visitor gives up (unless called meanwhile).
                                if (api.cancel(own.pollFirst())) cancelled.incrementAndGet();
                            } else {
                                var ticket = api.issue(
                                        SITE,
                                        services.get((int) (n % services.size())),
                                        prefix + "-" + client + "-" + n++);
                                own.addLast(ticket.id());
                                issued.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.add(e);
                        }
                    }
                    return null;
                });
            }
            for (var counter : counters) {
                pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        try {
                            var ticket = api.callNext(counter);
                            if (ticket == null) {
                                Thread.sleep(2);
                                continue;
                            }
                            called.incrementAndGet();
                            api.action(ticket.id(), "complete", "{\"outcome\":\"served\"}");
                            completed.incrementAndGet();
                        } catch (Exception e) {
                            failures.add(e);
                        }
                    }
                    return null;
                });
            }
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    waitingSamples.add(issued.get() - cancelled.get() - called.get());
                    sampleCount.increment();
                    Thread.sleep(100);
                }
                return null;
            });
        }
        if (failures.total() > 0)
            System.out.printf(
                    Locale.ROOT, "[ops]   %s: %,d failed requests: %s%n", prefix, failures.total(), failures.summary());
        return new Mix(
                issued.get(),
                cancelled.get(),
                called.get(),
                completed.get(),
                (System.nanoTime() - started) / 1e9,
                waitingSamples.sum() / (double) Math.max(1, sampleCount.sum()));
    }

    private static void issueFor(
            ApiClient api,
            List<String> services,
            int clients,
            int seconds,
            String keyPrefix,
            AtomicLong issued,
            Failures failures) {
        var deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < clients; t++) {
                int client = t;
                pool.submit(() -> {
                    long n = 0;
                    while (System.nanoTime() < deadline) {
                        try {
                            api.issue(
                                    SITE,
                                    services.get((int) (n % services.size())),
                                    keyPrefix + "-" + client + "-" + n++);
                            issued.incrementAndGet();
                        } catch (Exception e) {
                            failures.add(e);
                        }
                    }
                    return null;
                });
            }
        }
    }

    /**
     * CPU per operation does not depend on how busy the machine is: on a shared machine (load far above the core
     * count) the ops/s above measure the scheduler, this line what one operation costs the server and the client.
     */
    private static void printCpu(ServerProcess server, long ops, long serverCpuBefore, long clientCpuBefore)
            throws java.io.IOException {
        if (ops == 0) return;
        double serverMs = (server.cpuMillis() - serverCpuBefore) / (double) ops;
        double clientMs = (clientCpuMillis() - clientCpuBefore) / (double) ops;
        System.out.printf(
                Locale.ROOT,
                "[ops]   CPU per op: server %.3f ms, benchmark client %.3f ms → ceiling on %d idle cores shared by both: %,.0f ops/s (server alone: %,.0f ops/s)%n",
                serverMs,
                clientMs,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors() * 1000 / (serverMs + clientMs),
                Runtime.getRuntime().availableProcessors() * 1000 / serverMs);
    }

    private static long clientCpuMillis() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : 0;
    }

    /** Phase 2: N subscribers on the calls topic; each call's arrival at every subscriber is timed. */
    private static void callLatency(
            ServerProcess server,
            ApiClient api,
            List<String> services,
            List<String> counters,
            int subscribers,
            int calls,
            int callIntervalMillis)
            throws Exception {
        try (var fleet = new SubscriberFleet()) {
            long connectStart = System.nanoTime();
            fleet.connect(server.port, SITE, "Bearer demo-display", subscribers);
            double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
            var called = new ArrayList<String>();
            // Tickets for every service, so whichever counter is next in turn has someone to call.
            for (int i = 0; i < calls; i++) {
                api.issue(SITE, services.get(i % services.size()), "bench-lat-" + subscribers + "-" + i);
            }
            int turn = 0;
            long serverCpu = server.cpuMillis();
            long clientCpu = clientCpuMillis();
            for (int i = 0; i < calls; i++) {
                ApiClient.Issued ticket = null;
                long before = 0;
                for (int tries = 0; tries < counters.size() && ticket == null; tries++) {
                    var counter = counters.get(turn++ % counters.size());
                    // The number is only known from the response, so time from just before the request; the
                    // fleet matches arrivals by number once it is registered.
                    before = System.nanoTime();
                    ticket = api.callNext(counter);
                }
                if (ticket == null) break;
                fleet.markSentAt(ticket.number(), before);
                called.add(ticket.id());
                Thread.sleep(callIntervalMillis);
            }
            Thread.sleep(2000);
            long deliveries = Math.max(1, fleet.received.get());
            double serverMicros = (server.cpuMillis() - serverCpu) * 1000.0 / deliveries;
            double clientMicros = (clientCpuMillis() - clientCpu) * 1000.0 / deliveries;
            var p = Percentiles.of(fleet.latenciesMillis());
            var fromServer = Percentiles.of(fleet.fromServerMillis());
            System.out.printf(
                    Locale.ROOT,
                    "[latency] %,d subscribers (connected in %.1f s), a call every %d ms: call → subscriber p50 %.1f ms, p99 %.1f ms, max %.1f ms (HTTP call-next included); %,d of %,d deliveries; server RSS %d MiB%n",
                    subscribers,
                    connectSeconds,
                    callIntervalMillis,
                    p.p50(),
                    p.p99(),
                    p.max(),
                    p.count(),
                    (long) subscribers * called.size(),
                    server.rssMiB());
            System.out.printf(
                    Locale.ROOT,
                    "[latency]   CPU per delivery (whole phase, calls and HTTP included): server %.1f µs, subscribers %.1f µs%n",
                    serverMicros,
                    clientMicros);
            if (fleet.unexpectedFrames() > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "[latency]   %,d frames other than MESSAGE (or connections closed by the server)%n",
                        fleet.unexpectedFrames());
            }
            System.out.printf(
                    Locale.ROOT,
                    "[latency] %,d subscribers: server call time stamp → subscriber p1 %.1f ms, p50 %.1f ms, p99 %.1f ms, max %.1f ms (no HTTP round trip); %s%n",
                    subscribers,
                    fromServer.p1(),
                    fromServer.p50(),
                    fromServer.p99(),
                    fromServer.max(),
                    machineLoad());
            for (var id : called) api.action(id, "complete", "{\"outcome\":\"served\"}");
        }
    }

    /**
     * The machine's load average: the benchmark shares the cores with the server and with anything else running; a
     * load far above the core count means the figures measure the scheduler as much as the server.
     */
    static String machineLoad() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "machine load average " + fields[0] + " (1 min) on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (java.io.IOException | RuntimeException e) {
            return "machine load unknown";
        }
    }

    record Options(
            int seconds,
            int clients,
            List<Integer> subscribers,
            int calls,
            int simulatedDays,
            int warmup,
            int backlog,
            int callInterval,
            boolean engine,
            boolean http,
            boolean ops) {
        static Options parse(String[] args) {
            int seconds = 10, clients = 32, calls = 40, days = 5, warmup = 10, backlog = 200, callInterval = 100;
            boolean engine = true, http = true, ops = true;
            List<Integer> subscribers = List.of(100, 1000, 5000);
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                    case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                    case "--calls" -> calls = Integer.parseInt(args[i + 1]);
                    case "--days" -> days = Integer.parseInt(args[i + 1]);
                    case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                    case "--backlog" -> backlog = Integer.parseInt(args[i + 1]);
                    case "--call-interval" -> callInterval = Integer.parseInt(args[i + 1]);
                    case "--engine" -> engine = Boolean.parseBoolean(args[i + 1]);
                    case "--http" -> http = Boolean.parseBoolean(args[i + 1]);
                    case "--ops" -> ops = Boolean.parseBoolean(args[i + 1]);
                    case "--subscribers" ->
                        subscribers = java.util.Arrays.stream(args[i + 1].split(","))
                                .map(Integer::parseInt)
                                .toList();
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(
                    seconds, clients, subscribers, calls, days, warmup, backlog, callInterval, engine, http, ops);
        }
    }

    private QueueBenchmark() {}
}
