package fi.vuoro.kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The kiosk's browser tests' helpers around the shared headless Chromium (hardware's test-jar,
 * {@link HeadlessChromium}: launch flags, profile, chromedriver): PNG screenshots under {@code target/screenshots},
 * an exact viewport, stale-safe clicks and the 48 px touch-target check. Skips without Chromium, fails then under
 * {@code VUORO_REQUIRE_TOOLS=true}.
 */
public final class Chromium {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {}

    /**
     * A browser whose window (not viewport) is this size; see {@link #viewport} for an exact viewport. Its
     * {@code quit()} deletes its temporary profile.
     */
    public static WebDriver start(int width, int height) throws Exception {
        HeadlessChromium.assumeInstalled();
        var profile = Files.createTempDirectory("kiosk-chromium");
        return HeadlessChromium.start(HeadlessChromium.options(profile, width, height), profile);
    }

    /** Sets the viewport (not the window) to exactly this size, so screenshots are 1080×1920 / 1920×1080. */
    public static void viewport(WebDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        var js = (JavascriptExecutor) driver;
        long innerW = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long innerH = ((Number) js.executeScript("return window.innerHeight")).longValue();
        driver.manage()
                .window()
                .setSize(new Dimension(width + (int) (width - innerW), height + (int) (height - innerH)));
    }

    /** Clicks the element once it is clickable; the kiosk re-renders on every touch, so stale finds are retried. */
    public static void click(WebDriver driver, String css) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    var element = d.findElement(By.cssSelector(css));
                    if (!element.isDisplayed() || !element.isEnabled()) return false;
                    element.click();
                    return true;
                });
    }

    /** Clicks the button with exactly this text among those matching {@code css}, retrying stale finds. */
    public static void clickText(WebDriver driver, String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    var match = d.findElements(By.cssSelector(css)).stream()
                            .filter(k -> k.getText().equals(text))
                            .findFirst();
                    if (match.isEmpty()) return false;
                    match.get().click();
                    return true;
                });
    }

    /** Writes {@code target/screenshots/<name>.png}; the name may hold folders ({@code journeys/a-01-pairing}). */
    public static Path screenshot(WebDriver driver, String name) throws Exception {
        var target = SCREENSHOTS.resolve(name + ".png");
        Files.createDirectories(target.getParent());
        var png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(target, png);
        return target;
    }

    /** Every visible button is at least 48×48 CSS px (WCAG 2.5.5 target size, the brief's minimum). */
    public static void assertTouchTargets(WebDriver driver) {
        assertTouchTargets(driver, 0);
    }

    /** As {@link #assertTouchTargets(WebDriver)}, first checking that at least {@code visible} buttons are shown. */
    public static void assertTouchTargets(WebDriver driver, int visible) {
        var small = new ArrayList<String>();
        int measured = 0;
        for (WebElement button : driver.findElements(By.tagName("button"))) {
            if (!button.isDisplayed()) continue;
            measured++;
            var rect = button.getRect();
            if (rect.getWidth() < 48 || rect.getHeight() < 48) {
                small.add(button.getText() + " " + rect.getWidth() + "×" + rect.getHeight());
            }
        }
        if (visible > 0) assertThat(measured).as("visible buttons").isGreaterThanOrEqualTo(visible);
        assertThat(small).as("buttons smaller than 48 px").isEmpty();
    }
}
