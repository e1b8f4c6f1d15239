package fi.vuoro.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.testing.Chromium;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
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

    static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Chromium.start(1080, 1920);
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
        Chromium.assertTouchTargets(driver, 6);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");

        driver.manage().window().setSize(new Dimension(1920, 1080));
        Chromium.assertTouchTargets(driver, 6);
        driver.manage().window().setSize(new Dimension(1080, 1920));

        driver.findElements(By.cssSelector(".service-tile")).stream()
                .filter(tile -> tile.getText().contains("Laboratorium"))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".identify-code")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".keypad-keys")));
        Chromium.assertTouchTargets(driver, 6);
        driver.findElement(By.cssSelector(".identify-skip")).click();

        var number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ticket-number")));
        assertThat(number.getText()).matches("L\\d{3}");
        var qr = driver.findElement(By.cssSelector(".ticket-qr"));
        assertThat(qr.getRect().getWidth()).as("QR code width in px").isGreaterThanOrEqualTo(200);
        Chromium.assertTouchTargets(driver, 6);
    }
}
