package fi.vuoro.hardware.testing;

import fi.vuoro.hardware.RequiredTools;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for every module's browser tests, the one place that knows how it is launched: flags
 * that keep it off the network, a fresh profile per browser, device scale 1 (screenshots in CSS pixels) and an
 * explicit chromedriver (Selenium Manager would try the internet). Published in this module's test-jar: hardware
 * is plain Java that both the server and the kiosk already depend on, so its test-jar brings nothing else onto
 * their test class paths (the server's test-jar would bring the server's Spring Boot application). Skips without
 * Chromium, and fails instead under {@code VUORO_REQUIRE_TOOLS=true} (CI).
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** Aborts the calling test (or fails it under {@code VUORO_REQUIRE_TOOLS=true}) without Chromium. */
    public static void assumeInstalled() {
        RequiredTools.assumeTool(
                "chromium / chromedriver",
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "install the Debian packages chromium and chromium-driver");
    }

    /**
     * The launch options: a window (not viewport) of this size, the given empty profile directory, and any extra
     * arguments a module needs (e.g. the waiting-room display's {@code --autoplay-policy=…}).
     */
    public static ChromeOptions options(Path profile, int width, int height, String... extraArguments) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        List<String> arguments = new ArrayList<>(List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--force-device-scale-factor=1"));
        arguments.addAll(List.of(extraArguments));
        arguments.add("--user-data-dir=" + profile);
        arguments.add("--window-size=" + width + "," + height);
        options.addArguments(arguments);
        return options;
    }

    /**
     * Starts Chromium with these options through Debian's chromedriver (skips first when not installed). The driver
     * owns {@code profile}, the directory given to {@link #options}: its {@code quit()} deletes it once Chromium has
     * exited, and so does a start that fails or skips.
     */
    public static ChromeDriver start(ChromeOptions options, Path profile) {
        try {
            assumeInstalled();
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .build();
            return new ChromeDriver(service, options) {
                @Override
                public void quit() {
                    try {
                        super.quit();
                    } finally {
                        TempDirs.delete(profile);
                    }
                }
            };
        } catch (RuntimeException e) {
            TempDirs.delete(profile);
            throw e;
        }
    }
}
