package fi.vuoro.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.server.InMemoryQueueGateway;
import fi.vuoro.kiosk.testing.Chromium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kiosk screen in portrait 1080×1920 and landscape 1920×1080, in Finnish, Swedish and English, written to
 * {@code target/screenshots/<screen>-<orientation>-<lang>.png} for people to look at. Each screen is also checked
 * for what a person would notice at once: no page wider than the screen, every visible button at least 48×48 px.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vuoro.kiosk.gateway=in-memory", "vuoro.kiosk.preview=true"})
class KioskScreenshotsTest {

    /** "attract" opens without a preview: it is the first screen anyway. */
    static final List<String> SCREENS = List.of(
            "attract",
            "language",
            "service",
            "identify",
            "keypad",
            "unreadable",
            "welcome",
            "printed",
            "next",
            "paperout",
            "offer",
            "help",
            "helper",
            "idle",
            "staffed",
            "locked",
            "message",
            "pairing");

    static final Map<String, String> YOU_ARE_NEXT =
            Map.of("fi", "Olet seuraavana", "sv", "Du står näst i tur", "en", "You are next");

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    InMemoryQueueGateway gateway;

    @BeforeAll
    static void browser() throws Exception {
        driver = Chromium.start(1080, 1920);
    }

    @AfterAll
    static void quit() {
        if (driver != null) driver.quit();
    }

    @Test
    void everyScreenInBothOrientationsAndAllLanguages() throws Exception {
        var problems = new ArrayList<String>();
        for (var orientation : List.of("portrait", "landscape")) {
            var size = orientation.equals("portrait") ? new Dimension(1080, 1920) : new Dimension(1920, 1080);
            driver.manage().window().setSize(size);
            // The window includes the browser's (invisible) frame; the screen of a kiosk is the viewport.
            ((ChromeDriver) driver)
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of(
                                    "width",
                                    size.getWidth(),
                                    "height",
                                    size.getHeight(),
                                    "deviceScaleFactor",
                                    1,
                                    "mobile",
                                    false));
            for (var language : List.of("fi", "sv", "en")) {
                for (var screen : SCREENS) {
                    // Every preview ticket joins the in-memory queue: empty it again so "next" is next in line.
                    if (screen.equals("next")) gateway.setFigures("vaccinations", 0, 0);
                    var query = screen.equals("attract") ? "" : "screen=" + screen + "&";
                    driver.get("http://localhost:" + port + "/?" + query + "lang=" + language);
                    new WebDriverWait(driver, Duration.ofSeconds(30))
                            .until(d -> !d.findElements(By.cssSelector(".kiosk-main > *"))
                                    .isEmpty());
                    // Let the first poll round trip land (live figures, the printer's answer).
                    Thread.sleep(1200);
                    var name = screen + "-" + orientation + "-" + language;
                    Chromium.screenshot(driver, name);
                    problems.addAll(check(name));
                    if (screen.equals("next")) {
                        var page = driver.findElement(By.cssSelector(".kiosk-main"))
                                .getText();
                        if (!page.contains(YOU_ARE_NEXT.get(language)) || page.contains(" 0 min")) {
                            problems.add(
                                    name + ": the next in line does not read '" + YOU_ARE_NEXT.get(language) + "'");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> check(String name) {
        var problems = new ArrayList<String>();
        var js = (JavascriptExecutor) driver;
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long width = (Long) js.executeScript("return window.innerWidth");
        if (scrollWidth > width)
            problems.add(name + ": page is " + scrollWidth + " px wide in a " + width + " px window");
        for (WebElement button : driver.findElements(By.tagName("button"))) {
            if (!button.isDisplayed()) continue;
            var rect = button.getRect();
            if (rect.getWidth() < 48 || rect.getHeight() < 48) {
                problems.add(
                        name + ": button '" + button.getText() + "' is " + rect.getWidth() + "×" + rect.getHeight());
            }
        }
        return problems;
    }
}
