package fi.vuoro.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.testing.Chromium;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "How was your visit?" in headless Chromium with the in-memory gateways: every step in fi/sv/en, portrait and
 * landscape, touch targets measured and screenshots written to {@code target/screenshots}. (The same screens against
 * the real server: {@code OfflineBrowserTest}.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vuoro.kiosk.gateway=in-memory")
class FeedbackBrowserTest {

    private static final Map<String, String> TITLE =
            Map.of("fi", "Miten käyntisi sujui?", "sv", "Hur gick ditt besök?", "en", "How was your visit?");
    private static final Map<String, String> THANKS =
            Map.of("fi", "Kiitos palautteestasi!", "sv", "Tack för din respons!", "en", "Thank you for your feedback!");

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    InMemoryFeedbackGateway feedback;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Chromium.start(1080, 1920);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @Test
    void everyStepInThreeLanguagesAndBothOrientations() throws Exception {
        int sentBefore = feedback.sent().size();
        feedback.treatAsUnknown("A999");
        for (var language : List.of("fi", "sv", "en")) {
            for (var portrait : List.of(true, false)) {
                var shot = "feedback-%s-" + language + "-" + (portrait ? "portrait" : "landscape");
                Chromium.viewport(driver, portrait ? 1080 : 1920, portrait ? 1920 : 1080);
                driver.get("http://localhost:" + port + "/?lang=" + language);
                var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
                var open = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".feedback-open")));
                assertThat(open.getText()).contains(TITLE.get("fi"), TITLE.get("sv"), TITLE.get("en"));
                Chromium.assertTouchTargets(driver);
                Chromium.screenshot(driver, shot.formatted("attract"));
                open.click();

                wait.until(ExpectedConditions.textToBe(By.tagName("h1"), TITLE.get(language)));
                var faces = driver.findElements(By.cssSelector(".face"));
                assertThat(faces).hasSize(5);
                for (var face : faces) {
                    // The visible label may break at a soft hyphen; the screen-reader label is the plain word.
                    assertThat(face.getAttribute("aria-label"))
                            .isNotBlank()
                            .doesNotContain("\u00AD")
                            .isEqualTo(face.getText()
                                    .replace("\u00AD", "")
                                    .replaceAll("[\u2010-]\\s+", "")
                                    .replaceAll("\\s+", " ")
                                    .strip());
                }
                Chromium.assertTouchTargets(driver);
                Chromium.screenshot(driver, shot.formatted("rating"));
                Chromium.click(driver, ".face-2");

                Chromium.click(driver, ".reason-WAIT_LONG");
                wait.until(
                        ExpectedConditions.attributeToBe(By.cssSelector(".reason-WAIT_LONG"), "aria-pressed", "true"));
                Chromium.click(driver, ".reason-HARD_TO_FIND");
                wait.until(ExpectedConditions.attributeToBe(
                        By.cssSelector(".reason-HARD_TO_FIND"), "aria-pressed", "true"));
                Chromium.assertTouchTargets(driver);
                Chromium.screenshot(driver, shot.formatted("reasons"));
                Chromium.click(driver, ".feedback-next");

                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".feedback-ticket-display")));
                assertThat(driver.findElement(By.cssSelector(".feedback-send")).isEnabled())
                        .isFalse();
                key(".feedback-letters", "A");
                for (var digit : "999".split("")) key(".feedback-digits", digit);
                wait.until(ExpectedConditions.textToBe(By.cssSelector(".feedback-ticket-display"), "A999"));
                Chromium.click(driver, ".feedback-send");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error-note"), "A999"));
                Chromium.assertTouchTargets(driver);
                Chromium.screenshot(driver, shot.formatted("ticket-not-found"));
                Chromium.click(driver, ".feedback-erase");
                key(".feedback-digits", "7");
                wait.until(ExpectedConditions.textToBe(By.cssSelector(".feedback-ticket-display"), "A997"));
                Chromium.screenshot(driver, shot.formatted("ticket"));
                Chromium.click(driver, ".feedback-send");

                wait.until(ExpectedConditions.textToBe(By.cssSelector(".feedback-thanks h1"), THANKS.get(language)));
                Chromium.assertTouchTargets(driver);
                Chromium.screenshot(driver, shot.formatted("thanks"));
                Chromium.click(driver, ".feedback-close");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".attract-start")));
            }
        }
        var sent = feedback.sent().subList(sentBefore, feedback.sent().size());
        assertThat(sent).hasSize(6);
        assertThat(sent).allSatisfy(answer -> {
            assertThat(answer.ticket()).isEqualTo(new TicketReference.Number("A997"));
            assertThat(answer.rating()).isEqualTo(2);
            assertThat(answer.reasons()).containsExactly("WAIT_LONG", "HARD_TO_FIND");
        });
        assertThat(sent).extracting(FeedbackAnswer::language).containsExactly("fi", "fi", "sv", "sv", "en", "en");
    }

    private static void key(String group, String label) {
        Chromium.clickText(driver, group + " .feedback-key", label);
    }
}
