package fi.vuoro.benchmark;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.server.VuoroServer;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.SiteDirectory;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The queue engine alone, in this JVM: the whole server application (demo profile, H2 file database, every listener
 * of the queue's events, the audit log, the STOMP broker with no subscribers) started in-process and its
 * {@link QueueCommands} called from many threads. Every operation is a committed transaction, exactly as over HTTP,
 * but without HTTP, security filters and JSON: the difference to {@link QueueBenchmark}'s {@code [ops]} lines is
 * what the web layer costs. A warm-up phase runs first so the figures are of JIT-compiled code.
 */
final class EngineBenchmark {

    private static final String SITE = "demo";

    private EngineBenchmark() {}

    static void run(int seconds, int threads, int warmupSeconds) throws Exception {
        var dataDir = Files.createTempDirectory("vuoro-engine-bench-");
        try (var context = new SpringApplicationBuilder(VuoroServer.class)
                .profiles("demo")
                .properties(
                        "server.port=0",
                        "vuoro.data-dir=" + dataDir,
                        "logging.level.root=WARN",
                        "spring.main.banner-mode=off",
                        // the pre-compiled bundle that ships; the test class path has no dev server
                        "vaadin.productionMode=true")
                .run()) {
            var queue = context.getBean(QueueCommands.class);
            var directory = context.getBean(SiteDirectory.class);
            var services = directory.services(SITE).stream().map(Service::id).toList();
            var counters = directory.counters(SITE).stream().map(Counter::id).toList();

            issue(queue, services, threads, warmupSeconds, "warm-up");
            long cpu = cpuMillis();
            long issued = issue(queue, services, threads, seconds, "measured");
            report("issue", issued, seconds, threads + " threads", cpu);

            cpu = cpuMillis();
            var started = System.nanoTime();
            long served = serve(queue, counters, seconds);
            double took = (System.nanoTime() - started) / 1e9;
            report("call-next+complete", served, took, counters.size() + " counters", cpu);
        } finally {
            TempDirs.delete(dataDir);
        }
    }

    private static long issue(QueueCommands queue, List<String> services, int threads, int seconds, String phase)
            throws InterruptedException {
        var done = new AtomicLong();
        var deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        run(threads, t -> {
            long n = 0;
            while (System.nanoTime() < deadline) {
                queue.issue(new IssueRequest(
                        SITE,
                        services.get((int) (n % services.size())),
                        "fi",
                        null,
                        null,
                        null,
                        null,
                        "engine-" + phase + "-" + t + "-" + n++,
                        "benchmark"));
                done.incrementAndGet();
            }
        });
        return done.get();
    }

    private static long serve(QueueCommands queue, List<String> counters, int seconds) throws InterruptedException {
        var done = new AtomicLong();
        var deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        run(counters.size(), t -> {
            while (System.nanoTime() < deadline) {
                var ticket = queue.callNext(counters.get(t), "benchmark");
                if (ticket.isEmpty()) return;
                queue.complete(ticket.get().id(), "served", "benchmark");
                done.addAndGet(2);
            }
        });
        return done.get();
    }

    private interface Worker {
        void run(int index) throws Exception;
    }

    private static void run(int threads, Worker worker) throws InterruptedException {
        var pool = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int index = i;
            pool[i] = Thread.ofPlatform().name("engine-bench-" + i).start(() -> {
                try {
                    worker.run(index);
                } catch (Exception e) {
                    System.out.println("engine benchmark worker failed: " + e);
                }
            });
        }
        for (Thread t : pool) t.join();
    }

    private static void report(String what, long ops, double seconds, String by, long cpuBefore) {
        LongSupplier cpu = EngineBenchmark::cpuMillis;
        double cpuPerOp = ops == 0 ? 0 : (cpu.getAsLong() - cpuBefore) / (double) ops;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "[engine] %s: %,d durable ops in %.1f s = %,.0f ops/s with %s; CPU %.3f ms per op → ceiling on %d idle"
                        + " cores: %,.0f ops/s; %s%n",
                what,
                ops,
                seconds,
                ops / seconds,
                by,
                cpuPerOp,
                cores,
                cpuPerOp == 0 ? 0 : cores * 1000 / cpuPerOp,
                QueueBenchmark.machineLoad());
    }

    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000
                : 0;
    }
}
