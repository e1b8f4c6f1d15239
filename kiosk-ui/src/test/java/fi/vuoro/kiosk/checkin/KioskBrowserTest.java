package fi.vuoro.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk-in flow in real headless Chromium, measuring touch targets as the browser lays them out in portrait and
 * landscape. Kept to one flow: CPU is scarce. Skips without Chromium, fails then under VUORO_REQUIRE_TOOLS=true.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vuoro.kiosk.gateway=in-memory")
class KioskBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static WebDriver driver;
    static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            var message = "chromium / chromedriver not installed (Debian packages chromium, chromium-driver)";
            if ("true".equals(System.getenv("VUORO_REQUIRE_TOOLS"))) throw new IllegalStateException(message);
            Assumptions.abort(message);
        }
        profile = Files.createTempDirectory("kiosk-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--window-size=1080,1920");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @Test
    void walkInInSwedishWithTouchTargetsOfAtLeast48PxInBothOrientations() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1080, 1920));
        driver.get("http://localhost:" + port + "/");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".attract-start")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".big-choice.lang-sv")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Vad gäller ditt besök?"));
        assertTouchTargets();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");

        driver.manage().window().setSize(new Dimension(1920, 1080));
        assertTouchTargets();
        driver.manage().window().setSize(new Dimension(1080, 1920));

        driver.findElements(By.cssSelector(".service-tile")).stream()
                .filter(tile -> tile.getText().contains("Laboratorium"))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".identify-code")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".keypad-keys")));
        assertTouchTargets();
        driver.findElement(By.cssSelector(".identify-skip")).click();

        var number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ticket-number")));
        assertThat(number.getText()).matches("L\\d{3}");
        var qr = driver.findElement(By.cssSelector(".ticket-qr"));
        assertThat(qr.getRect().getWidth()).as("QR code width in px").isGreaterThanOrEqualTo(200);
        assertTouchTargets();
    }

    /** Every visible button is at least 48×48 CSS px (WCAG 2.5.5 target size, the brief's minimum). */
    private static void assertTouchTargets() {
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
        assertThat(measured).as("visible buttons").isGreaterThanOrEqualTo(6);
        assertThat(small).as("buttons smaller than 48 px").isEmpty();
    }
}
