package fi.vuoro.kiosk.benchmark;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.kiosk.testing.Chromium;
import fi.vuoro.kiosk.testing.JavaProcess;
import fi.vuoro.kiosk.testing.RealServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Touch → ticket-cut time at the kiosk, end to end: the real server jar, the kiosk jar with the printer emulator on
 * a socat pty at 115,200 baud, headless Chromium touching the screen. "Touch" is the wall-clock instant just before
 * Chromium is told to click "Continue without" (the last touch before issuing); "cut" is the instant the printer
 * emulator parsed the cut command (its {@code cutAt}, read back from the kiosk's demo endpoint). Both clocks are this
 * machine's system clock. Then the kiosk JVM's memory: RSS from /proc and the heap used (jcmd GC.heap_info), before
 * and after a full GC. Usage: {@code bin/benchmark-kiosk [tickets]} (default 60).
 */
public final class KioskBenchmark {

    private static final Pattern CUT_AT = Pattern.compile("\"cutAt\":\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        var work = Files.createTempDirectory("vuoro-kiosk-benchmark");
        try (var server = RealServer.start(Files.createDirectories(work.resolve("server")))) {
            var kiosk = startKiosk(work, server.url());
            WebDriver driver = null;
            try {
                driver = Chromium.start(1080, 1920);
                run(driver, kiosk, tickets);
            } finally {
                if (driver != null) driver.quit();
                kiosk.process.destroy();
                if (!kiosk.process.waitFor(20, TimeUnit.SECONDS)) {
                    kiosk.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } finally {
            TempDirs.delete(work); // the server and the kiosk have stopped by now
        }
    }

    private record Kiosk(Process process, String url) {}

    private static void run(WebDriver driver, Kiosk kiosk, int tickets) throws Exception {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(kiosk.url() + "/?lang=en");
        var millis = new ArrayList<Double>();
        int warmUp = 5;
        for (int i = 0; i < tickets + warmUp; i++) {
            int cutsBefore = cuts(kiosk).size();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".attract-start")))
                    .click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".big-choice.lang-en")))
                    .click();
            wait.until(d -> d.findElements(By.cssSelector(".service-tile")).stream()
                            .filter(t -> t.getText().contains("Laboratory"))
                            .findFirst()
                            .orElse(null))
                    .click();
            var skip = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".identify-skip")));
            var touch = Instant.now();
            skip.click();
            var cut = awaitCut(kiosk, cutsBefore);
            if (i >= warmUp) millis.add(Duration.between(touch, cut).toNanos() / 1e6);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ticket-done")))
                    .click();
        }
        millis.sort(Double::compare);
        System.out.printf(
                Locale.ROOT,
                "touch → ticket cut over %d tickets (115,200 baud, emulator on a socat pty, after %d warm-up):%n"
                        + "  p50 %.0f ms   p95 %.0f ms   min %.0f ms   max %.0f ms%n",
                millis.size(),
                warmUp,
                percentile(millis, 50),
                percentile(millis, 95),
                millis.getFirst(),
                millis.getLast());
        memory(kiosk.process.pid());
    }

    private static Instant awaitCut(Kiosk kiosk, int before) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var cuts = cuts(kiosk);
            if (cuts.size() > before) return cuts.getLast();
            Thread.sleep(5);
        }
        throw new IllegalStateException("no ticket cut within 30 s");
    }

    private static List<Instant> cuts(Kiosk kiosk) throws IOException, InterruptedException {
        var body = HTTP.send(
                        HttpRequest.newBuilder(URI.create(kiosk.url() + "/demo/printed"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var matcher = CUT_AT.matcher(body);
        var result = new ArrayList<Instant>();
        while (matcher.find()) result.add(Instant.parse(matcher.group(1)));
        return result;
    }

    private static void memory(long pid) throws Exception {
        System.out.printf(Locale.ROOT, "kiosk JVM (pid %d) after the run:%n", pid);
        System.out.println("  RSS " + rss(pid) + "   heap: " + heapUsed(pid));
        jcmd(pid, "GC.run");
        System.out.println("  after a full GC: RSS " + rss(pid) + "   heap: " + heapUsed(pid));
    }

    private static String rss(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.substring(6).trim())
                .findFirst()
                .orElse("?");
    }

    private static String heapUsed(long pid) throws Exception {
        return jcmd(pid, "GC.heap_info")
                .lines()
                .filter(l -> l.contains("total") && l.contains("used"))
                .map(String::strip)
                .findFirst()
                .orElse("?");
    }

    private static String jcmd(long pid, String command) throws Exception {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(jcmd, Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        var out = new String(process.getInputStream().readAllBytes());
        process.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }

    private static Kiosk startKiosk(Path work, String serverUrl) throws Exception {
        var jar = Path.of(System.getProperty("vuoro.kiosk.jar", "kiosk-ui/target/missing.jar"));
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("kiosk jar not built: " + jar);
        int port = JavaProcess.freePort();
        var url = "http://127.0.0.1:" + port;
        var process = JavaProcess.start(
                "kiosk",
                List.of("--enable-native-access=ALL-UNNAMED"),
                jar,
                List.of(
                        "--server.port=" + port,
                        "--vuoro.kiosk.server-url=" + serverUrl,
                        "--vuoro.kiosk.data-dir=" + work.resolve("kiosk"),
                        "--vuoro.kiosk.devices.emulators=true",
                        "--logging.level.root=WARN"),
                work.resolve("kiosk.log"),
                url + "/demo/printed",
                Duration.ofMinutes(3));
        return new Kiosk(process, url);
    }
}
