package fi.vuoro.server.browser;

import fi.vuoro.hardware.testing.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium for the staff-side flows: each {@link #open} is a separate browser context (own profile,
 * own cookies), so a test can hold a console, a counter and a display at once. Skips when Chromium is missing and
 * fails then under {@code VUORO_REQUIRE_TOOLS=true} (CI). The launch itself (flags, chromedriver) is the shared
 * {@link HeadlessChromium} from hardware's test-jar. Close with {@link #close()} (e.g. in {@code @AfterAll}): it quits
 * every browser, which deletes its profile.
 */
public final class Browsers implements AutoCloseable {

    private final List<WebDriver> drivers = new ArrayList<>();

    /** Aborts the calling test (or fails it in CI) when Chromium or its driver is not installed. */
    public static void assumeChromium() {
        HeadlessChromium.assumeInstalled();
    }

    /** A new browser context with the given window size, e.g. 1920×1080 for a TV or 1280×800 for a console. */
    public WebDriver open(int width, int height) {
        assumeChromium();
        try {
            var profile = Files.createTempDirectory("vuoro-chromium");
            // The waiting-room display chimes without a click.
            var options =
                    HeadlessChromium.options(profile, width, height, "--autoplay-policy=no-user-gesture-required");
            // Console messages (CSP violations, script errors) readable through driver.manage().logs().
            var logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            var driver = HeadlessChromium.start(options, profile); // quit() deletes the profile
            drivers.add(driver);
            driver.manage().window().setSize(new Dimension(width, height));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signs in through the browser login page and waits until it has left it. The one place that knows the login
     * page's fields: {@code input[name=username]}, {@code input[name=password]} and a submit button.
     */
    public static void login(WebDriver driver, String baseUrl, String username, String password, String path) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(baseUrl + path);
        var user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(
                        By.cssSelector("button[type=submit], vaadin-button[slot=submit], [part=vaadin-login-submit]"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Writes a PNG of the current page to {@code target/screenshots/<name>.png} and returns its path. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            var dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            var file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (var driver : drivers) {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                System.err.println("Chromium did not quit cleanly: " + e);
            }
        }
        drivers.clear();
    }
}
