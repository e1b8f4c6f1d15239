package fi.vuoro.kiosk.journeys;

import static fi.vuoro.kiosk.testing.Await.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.kiosk.server.ConnectionState;
import fi.vuoro.kiosk.server.QueueGateway;
import fi.vuoro.kiosk.testing.Chromium;
import fi.vuoro.kiosk.testing.RealServer;
import fi.vuoro.kiosk.testing.StaffBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 5 with both real apps: the demo kiosk (token {@code demo-kiosk}) in one headless Chromium window, reception
 * signed in on the real server's console in another. The visitor presses "Talk to a person"; the console shows the
 * request with the kiosk's name; "I'm coming" names the staff member on the kiosk. Then a poor rating given on the
 * kiosk for the visitor's ticket becomes an alert on the console, and reception's "staffed" override takes over the
 * kiosk's screen. Screenshots: {@code target/screenshots/journeys/b-*.png}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vuoro.kiosk.gateway=server",
            "vuoro.kiosk.timeouts.reconnect-delay=1s",
            "vuoro.kiosk.timeouts.idle-warning=5m",
            "vuoro.kiosk.timeouts.ticket-shown=5m",
            "vuoro.kiosk.timeouts.help-wait=10m"
        })
class VisitorAsksForHelpJourneyTest {

    private static final String KIOSK_NAME = "Demo lobby kiosk";
    private static final String KIOSK_ID = "demo-kiosk-1";

    static final Path dataDir;
    static final RealServer server;

    static {
        try {
            dataDir = Files.createTempDirectory("journey-help");
            SpringApplication.getShutdownHandlers().add(() -> TempDirs.delete(dataDir)); // once the context has closed
            server = new RealServer(Files.createDirectories(dataDir.resolve("server")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static WebDriver kiosk;
    static WebDriver reception;

    @LocalServerPort
    int port;

    @Autowired
    QueueGateway gateway;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        registry.add("vuoro.kiosk.server-url", server::url);
        registry.add("vuoro.kiosk.data-dir", () -> dataDir.resolve("kiosk").toString());
    }

    @BeforeAll
    static void start() throws Exception {
        server.requireBuilt();
        kiosk = Chromium.start(1080, 1920);
        reception = Chromium.start(1600, 1000);
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (kiosk != null) kiosk.quit();
        if (reception != null) reception.quit();
        server.close();
    }

    @Test
    void receptionAnswersTheKiosksHelpRequestSeesItsPoorRatingAndStaffsIt() throws Exception {
        awaitTrue(
                Duration.ofSeconds(90),
                "the demo kiosk online with its services",
                () -> gateway.connectionState() == ConnectionState.ONLINE
                        && !gateway.services().isEmpty());
        StaffBrowser.login(reception, server.url(), "reception", "demo", "/reception?lang=en");
        StaffBrowser.await(reception)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".reception-columns")));
        assertThat(reception.findElements(By.cssSelector(".help-card"))).isEmpty();

        // 1. A visitor on the service screen presses "Talk to a person"; the console shows it, naming the kiosk.
        Chromium.viewport(kiosk, 1080, 1920);
        kiosk.get("http://localhost:" + port + "/?lang=en");
        Chromium.click(kiosk, ".attract-start");
        Chromium.click(kiosk, ".big-choice.lang-en");
        waitForKiosk().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".service-tile")));
        long pressed = System.nanoTime();
        Chromium.click(kiosk, ".help-button");
        var card = fast(reception).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".help-card")));
        long shownMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pressed);
        System.out.printf("journey B: help request on the console %d ms after the press on the kiosk%n", shownMillis);
        assertThat(card.getText()).contains(KIOSK_NAME);
        shot(kiosk, "b-01-kiosk-help-requested");
        shot(reception, "b-01-reception-help-request");

        // 2. "I'm coming": the kiosk names who is on the way.
        long answered = System.nanoTime();
        StaffBrowser.click(reception, ".help-card vaadin-button.im-coming");
        var coming = fast(kiosk)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".help-coming .help-headline"), "Demo Reception"));
        long comingMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered);
        System.out.printf("journey B: \"I'm coming\" named on the kiosk %d ms after the click%n", comingMillis);
        assertThat(coming).isTrue();
        assertThat(kiosk.findElement(By.cssSelector(".help-coming .help-headline"))
                        .getText())
                .isEqualTo("Demo Reception from reception is coming to you.");
        Chromium.assertTouchTargets(kiosk);
        shot(kiosk, "b-02-kiosk-reception-is-coming");
        StaffBrowser.await(reception)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".help-card"), "Demo Reception"));
        shot(reception, "b-02-reception-answered");

        // 3. The visitor takes a ticket, then rates the visit poorly on the kiosk: an alert on the console.
        Chromium.click(kiosk, ".help-coming .overlay-box button");
        waitForKiosk().until(d -> d.findElements(By.cssSelector(".help-panel")).isEmpty());
        Chromium.clickText(kiosk, ".service-tile .tile-name", "Laboratory");
        Chromium.click(kiosk, ".identify-skip");
        var number = waitForKiosk()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ticket-number")))
                .getText();
        assertThat(number).matches("L\\d+");
        Chromium.click(kiosk, ".ticket-done");
        Chromium.click(kiosk, ".feedback-open");
        Chromium.click(kiosk, ".face-1");
        Chromium.click(kiosk, ".reason-WAIT_LONG");
        Chromium.click(kiosk, ".feedback-next");
        Chromium.clickText(kiosk, ".feedback-letters .feedback-key", number.substring(0, 1));
        for (var digit : number.substring(1).split("")) {
            Chromium.clickText(kiosk, ".feedback-digits .feedback-key", digit);
        }
        waitForKiosk().until(ExpectedConditions.textToBe(By.cssSelector(".feedback-ticket-display"), number));
        Chromium.click(kiosk, ".feedback-send");
        waitForKiosk().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".feedback-thanks")));
        var alert = StaffBrowser.await(reception)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".alert-card[data-kind='POOR_RATING']")));
        assertThat(alert.getText()).contains(number);
        shot(kiosk, "b-03-kiosk-feedback-sent");
        shot(reception, "b-03-reception-poor-rating-alert");
        Chromium.click(kiosk, ".feedback-close");
        waitForKiosk().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".attract-start")));

        // 4. Reception staffs the kiosk: its screen sends visitors to the desk; and back.
        var staffed = ".kiosk-card[data-device-id='" + KIOSK_ID + "'] vaadin-button.staffed";
        StaffBrowser.click(reception, staffed);
        var override = waitForKiosk()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".override-screen.override-staffed")));
        assertThat(override.getText()).contains("Please come to the desk, we’ll serve you personally.");
        shot(kiosk, "b-04-kiosk-staffed");
        shot(reception, "b-04-reception-staffed");
        StaffBrowser.await(reception)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".kiosk-card[data-device-id='" + KIOSK_ID + "'] .override")));
        StaffBrowser.click(reception, staffed);
        waitForKiosk()
                .until(d -> d.findElements(By.cssSelector(".override-screen")).isEmpty());
        assertThat(kiosk.findElement(By.cssSelector(".attract-start")).isDisplayed())
                .isTrue();
    }

    private static WebDriverWait waitForKiosk() {
        var wait = new WebDriverWait(kiosk, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Polls often, for the printed figures (never asserted). */
    private static WebDriverWait fast(WebDriver driver) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.pollingEvery(Duration.ofMillis(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void shot(WebDriver driver, String name) throws Exception {
        Chromium.screenshot(driver, "journeys/" + name);
    }
}
