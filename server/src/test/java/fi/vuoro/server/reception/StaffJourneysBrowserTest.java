package fi.vuoro.server.reception;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.server.browser.Browsers;
import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.feedback.FeedbackRecorded;
import fi.vuoro.server.messaging.DeviceCommand;
import fi.vuoro.server.messaging.StompClients;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.TicketView;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staff journeys in real headless Chromium, several browser contexts at once (each its own login), against
 * the demo server with the real engine on H2. Latencies are printed, not asserted: the waits are functional
 * time-outs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class StaffJourneysBrowserTest {

    static final Browsers browsers = new Browsers();
    static WebDriver console;
    static WebDriver display;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        var dir = Files.createTempDirectory("vuoro-journeys");
        SpringApplication.getShutdownHandlers().add(() -> TempDirs.delete(dir)); // once the context has closed
        registry.add("vuoro.data-dir", dir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    QueueCommands commands;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeAll
    static void chromium() {
        Browsers.assumeChromium();
    }

    @AfterAll
    static void close() {
        browsers.close();
        console = null;
        display = null;
    }

    String base() {
        return "http://localhost:" + port;
    }

    WebDriver console() {
        if (console == null) {
            console = browsers.open(1600, 1000);
            Browsers.login(console, base(), "reception", DemoCredentials.PASSWORD, "/reception?lang=en");
            await(console, d -> !d.findElements(By.cssSelector(".reception-view .lobby"))
                    .isEmpty());
        }
        return console;
    }

    WebDriver display() {
        if (display == null) {
            display = browsers.open(1920, 1080);
            // No staff login: the display's device token is its access.
            display.get(base() + "/display/demo?token=" + DemoCredentials.DISPLAY_TOKEN + "&lang=en");
            await(display, d -> !d.findElements(By.cssSelector(".display-view .now-calling"))
                    .isEmpty());
        }
        return display;
    }

    TicketView issue(String service) {
        return commands.issue(new IssueRequest(
                "demo", service, "en", null, null, null, null, UUID.randomUUID().toString(), "test"));
    }

    @Test
    void aCounterCallsAndTheOpenDisplayShowsEveryCallWithAChime() throws Exception {
        WebDriver tv = display();
        WebDriver counter = browsers.open(1280, 900);
        Browsers.login(
                counter, base(), "counter", DemoCredentials.PASSWORD, "/counter?site=demo&counter=room-2&lang=en");
        await(counter, d -> !d.findElements(By.cssSelector(".call-next")).isEmpty());
        for (int i = 0; i < 3; i++) issue("gp");

        for (int call = 1; call <= 3; call++) {
            long chimesBefore = chimes(tv);
            await(counter, d -> enabled(d.findElement(By.cssSelector(".call-next"))));
            counter.findElement(By.cssSelector(".call-next")).click();
            long clicked = System.nanoTime();
            String number = await(counter, d -> {
                String heading =
                        d.findElement(By.cssSelector(".current-visit h2")).getText();
                return heading.contains(" · ") ? heading.substring(0, heading.indexOf(' ')) : null;
            });
            await(tv, d -> d.findElements(By.cssSelector(".call-card.latest .call-number")).stream()
                    .anyMatch(e -> e.getText().equals(number)));
            await(tv, d -> chimes(d) > chimesBefore);
            System.out.printf(
                    "display: call %d (%s) shown with chime %d ms after the click%n",
                    call, number, (System.nanoTime() - clicked) / 1_000_000);
            assertThat(js(tv, "return document.body.dataset.lastChime")).isEqualTo(number);
            await(counter, d -> enabled(d.findElement(By.cssSelector(".complete"))));
            counter.findElement(By.cssSelector(".complete")).click();
        }
        Browsers.screenshot(tv, "display-en-1920x1080");
    }

    @Test
    void aTransferWithANoteReachesTheNextCounterFirst() {
        issue("gp");
        WebDriver gp = browsers.open(1280, 900);
        Browsers.login(gp, base(), "counter", DemoCredentials.PASSWORD, "/counter?site=demo&counter=room-1&lang=en");
        await(gp, d -> enabled(d.findElement(By.cssSelector(".call-next"))));
        gp.findElement(By.cssSelector(".call-next")).click();
        await(gp, d -> enabled(d.findElement(By.cssSelector(".transfer"))));
        gp.findElement(By.cssSelector(".transfer")).click();
        WebElement select = await(gp, d -> d.findElement(By.cssSelector(".transfer-dialog vaadin-select")));
        select.click();
        WebElement lab = await(gp, d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().startsWith("Lab"))
                .findFirst()
                .orElse(null));
        lab.click();
        WebElement note = gp.findElement(By.cssSelector(".transfer-dialog vaadin-text-area textarea"));
        note.sendKeys("Fasting since 8, needs the blood sugar test first");
        gp.findElement(By.cssSelector(".transfer-dialog vaadin-button[theme~='primary']"))
                .click();

        WebDriver labCounter = browsers.open(1280, 900);
        Browsers.login(
                labCounter, base(), "counter", DemoCredentials.PASSWORD, "/counter?site=demo&counter=lab-1&lang=en");
        await(labCounter, d -> enabled(d.findElement(By.cssSelector(".call-next"))));
        labCounter.findElement(By.cssSelector(".call-next")).click();
        String firstNote = await(labCounter, d -> {
            var notes = d.findElements(By.cssSelector(".visit-notes li"));
            return notes.isEmpty() || notes.getFirst().getText().contains("No notes")
                    ? null
                    : notes.getFirst().getText();
        });
        assertThat(firstNote).contains("Fasting since 8, needs the blood sugar test first");
        Browsers.screenshot(labCounter, "counter-en");
    }

    @Test
    void aPoorRatingShowsAsAnAlertOnTheConsoleAndIsResolvedOnTheVisit() {
        WebDriver reception = console();
        TicketView ticket = issue("lab");
        long published = System.nanoTime();
        events.publishEvent(
                new FeedbackRecorded("demo", ticket.id(), ticket.visitId(), 1, List.of("WAIT_LONG"), Instant.now()));

        WebElement alert =
                await(reception, d -> d.findElements(By.cssSelector(".alert-card[data-kind=POOR_RATING]")).stream()
                        .filter(e -> e.getText().contains(ticket.number()))
                        .findFirst()
                        .orElse(null));
        System.out.printf(
                "console: poor-rating alert shown %d ms after the event%n",
                (System.nanoTime() - published) / 1_000_000);
        assertThat(alert.getText())
                .contains("Poor rating (1/5): waited too long")
                .doesNotContain("WAIT_LONG");

        alert.findElement(By.cssSelector(".resolution input")).sendKeys("Apologised, moved to the next free lab slot");
        alert.findElement(By.cssSelector(".resolve")).click();
        await(reception, d -> d.findElements(By.cssSelector(".alert-card[data-kind=POOR_RATING]")).stream()
                .noneMatch(e -> e.getText().contains(ticket.number())));
        assertThat(commands.visitOf(ticket.id()).notes())
                .anySatisfy(n -> assertThat(n.text()).contains("Apologised, moved to the next free lab slot"));
    }

    @Test
    void aKioskHelpRequestIsAnsweredFromTheConsoleAndTheKioskNamesTheStaffMember() throws Exception {
        WebDriver reception = console();
        try (var clients = new StompClients(port)) {
            var kiosk = clients.connect("Bearer " + DemoCredentials.KIOSK_TOKEN);
            kiosk.await();
            var received = kiosk.subscribe("/topic/device." + DemoCredentials.KIOSK_ID, DeviceCommand.class);
            String requestId = UUID.randomUUID().toString();
            var headers = new StompHeaders();
            headers.setDestination("/app/kiosk.help");
            headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
            long sent = System.nanoTime();
            kiosk.await()
                    .send(
                            headers,
                            Map.of(
                                    "requestId",
                                    requestId,
                                    "reason",
                                    "BACK_AND_FORTH",
                                    "step",
                                    "SERVICE",
                                    "language",
                                    "fi",
                                    "trail",
                                    // An older kiosk's free-text trail: shown as it is (newer kiosks send codes).
                                    List.of("10:02:11 language fi", "10:02:40 back", "10:02:52 back")));

            WebElement card = await(
                    reception,
                    d -> d.findElements(By.cssSelector(".help-card[data-request-id='" + requestId + "']")).stream()
                            .findFirst()
                            .orElse(null));
            System.out.printf(
                    "console: help request shown %d ms after the kiosk sent it%n",
                    (System.nanoTime() - sent) / 1_000_000);
            assertThat(card.getText()).contains("Going back and forth").contains("10:02:52 back");
            Browsers.screenshot(reception, "reception-en-help");

            card.findElement(By.cssSelector(".im-coming")).click();
            DeviceCommand answered = received.poll(10, TimeUnit.SECONDS);
            assertThat(answered).isNotNull();
            assertThat(answered.type()).isEqualTo("HELP_ANSWERED");
            assertThat(answered.parameters())
                    .containsEntry("requestId", requestId)
                    .containsEntry("staffName", "Demo Reception");

            await(reception, d -> d.findElement(By.cssSelector(".help-card[data-request-id='" + requestId + "']"))
                    .getText()
                    .contains("Demo Reception is on the way"));
            reception
                    .findElement(By.cssSelector(".help-card[data-request-id='" + requestId + "'] .finish-check-in"))
                    .click();
            await(reception, d -> d.findElement(By.cssSelector(".help-card[data-request-id='" + requestId + "']"))
                    .getText()
                    .matches("(?s).*· A\\d{3}.*"));
            reception
                    .findElement(By.cssSelector(".help-card[data-request-id='" + requestId + "'] .greeted"))
                    .click();
            await(reception, d -> d.findElements(By.cssSelector(".help-card[data-request-id='" + requestId + "']"))
                    .isEmpty());
        }
    }

    static boolean enabled(WebElement button) {
        return button.getAttribute("disabled") == null;
    }

    static long chimes(WebDriver d) {
        Object value = js(d, "return document.body.dataset.chimeCount || '0'");
        return Long.parseLong(String.valueOf(value));
    }

    static Object js(WebDriver d, String script) {
        return ((JavascriptExecutor) d).executeScript(script);
    }

    static <T> T await(WebDriver driver, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(condition);
    }
}
