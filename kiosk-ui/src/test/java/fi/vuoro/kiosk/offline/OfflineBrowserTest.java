package fi.vuoro.kiosk.offline;

import static fi.vuoro.kiosk.testing.Await.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.kiosk.server.ConnectionState;
import fi.vuoro.kiosk.server.QueueGateway;
import fi.vuoro.kiosk.testing.Chromium;
import fi.vuoro.kiosk.testing.RealServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey 8 end to end: the real kiosk app with the real server jar, driven in headless Chromium. A ticket online;
 * the server killed (SIGKILL); six tickets through the touch screen from the leased block, in three languages and
 * both orientations, each saying the time is approximate; the server started again on the same port and data; the
 * kiosk imports by itself; every offline ticket is then in the server's API exactly once, numbers unique, and a
 * replayed import adds nothing. Then feedback typed on the keypad for one of them reaches the server.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vuoro.kiosk.gateway=server",
            "vuoro.kiosk.offline.sync-interval=1s",
            "vuoro.kiosk.timeouts.request=3s",
            "vuoro.kiosk.timeouts.reconnect-delay=1s",
            "vuoro.kiosk.timeouts.ticket-shown=5m",
            "vuoro.kiosk.timeouts.idle-warning=5m"
        })
class OfflineBrowserTest {

    private static final String KIOSK = "Bearer demo-kiosk";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> LAB =
            Map.of("fi", "Laboratorio", "sv", "Laboratorium", "en", "Laboratory");
    private static final Map<String, String> APPROXIMATE =
            Map.of("fi", "likimääräinen", "sv", "ungefärlig", "en", "approximate");
    private static final Map<String, String> STILL_WORK =
            Map.of("fi", "toimivat silti", "sv", "fungerar ändå", "en", "tickets still work");

    static final RealServer SERVER;
    static final Path KIOSK_DATA;

    static {
        try {
            var dir = Files.createTempDirectory("vuoro-offline");
            SpringApplication.getShutdownHandlers().add(() -> TempDirs.delete(dir)); // once the context has closed
            SERVER = new RealServer(Files.createDirectories(dir.resolve("server")));
            KIOSK_DATA = Files.createDirectories(dir.resolve("kiosk"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static WebDriver driver;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        registry.add("vuoro.kiosk.server-url", SERVER::url);
        registry.add("vuoro.kiosk.data-dir", KIOSK_DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    QueueGateway gateway;

    @Autowired
    OfflineStore store;

    @BeforeAll
    static void start() throws Exception {
        SERVER.requireBuilt();
        driver = Chromium.start(1080, 1920);
        SERVER.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        SERVER.stop();
    }

    @Test
    void ticketsIssuedWhileTheServerIsDownAreImportedExactlyOnceWhenItIsBack() throws Exception {
        awaitTrue(
                Duration.ofSeconds(90),
                "kiosk online with a leased block for every service",
                () -> gateway.connectionState() == ConnectionState.ONLINE
                        && !gateway.services().isEmpty()
                        && gateway.services().stream().allMatch(s -> store.remaining(s.id()) >= 10));
        assertThat(gateway).isInstanceOf(OfflineQueueGateway.class);

        Chromium.viewport(driver, 1080, 1920);
        String online = issueThroughTheScreen("fi");
        assertThat(driver.findElements(By.cssSelector(".ticket-approximate"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".ticket-qr")).isDisplayed())
                .isTrue();
        done();

        SERVER.kill();
        awaitTrue(
                Duration.ofSeconds(60),
                "kiosk notices the server is gone",
                () -> gateway.connectionState() == ConnectionState.OFFLINE);

        var offline = new ArrayList<String>();
        for (var language : List.of("fi", "sv", "en")) {
            for (var portrait : List.of(true, false)) {
                Chromium.viewport(driver, portrait ? 1080 : 1920, portrait ? 1920 : 1080);
                var number = issueThroughTheScreen(language);
                assertThat(driver.findElement(By.cssSelector(".ticket-approximate"))
                                .getText())
                        .contains(APPROXIMATE.get(language));
                assertThat(driver.findElement(By.cssSelector(".offline-banner")).getText())
                        .contains(STILL_WORK.get(language));
                assertThat(driver.findElements(By.cssSelector(".ticket-qr")))
                        .as("no mobile link until the server knows the ticket")
                        .isEmpty();
                Chromium.assertTouchTargets(driver);
                Chromium.screenshot(driver, "offline-ticket-" + language + "-" + (portrait ? "portrait" : "landscape"));
                offline.add(number);
                done();
            }
        }
        assertThat(offline).doesNotHaveDuplicates().doesNotContain(online);
        assertThat(store.pending()).hasSize(6);

        SERVER.start();
        awaitTrue(Duration.ofSeconds(90), "every offline ticket answered", () -> store.pending()
                .isEmpty());

        var byNumber = new HashMap<String, String>();
        for (var ticket : store.tickets()) {
            var settlement = store.settlement(ticket.key()).orElseThrow();
            // ALREADY_IMPORTED: an earlier attempt was imported but its answer was lost (a slow first request
            // after the restart outlived the kiosk's time-out), and the retry was answered safely.
            assertThat(settlement.status()).as(settlement.message()).isIn("IMPORTED", "ALREADY_IMPORTED");
            var stored = SERVER.get("/api/v1/tickets/" + settlement.ticketId(), KIOSK);
            assertThat(stored.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(stored.body()).get("number").asString()).isEqualTo(ticket.displayNumber());
            byNumber.put(ticket.displayNumber(), settlement.ticketId());
        }
        assertThat(byNumber.keySet()).containsExactlyInAnyOrderElementsOf(offline);
        assertQueueHoldsEachOnce(offline, online);

        // The answer to an import can be lost; the kiosk then sends the same batch again. Nothing is added.
        var replay = SERVER.post("/api/v1/devices/me/offline-tickets", KIOSK, importBody());
        assertThat(replay.statusCode()).isEqualTo(200);
        for (var result : JSON.readTree(replay.body()).get("results")) {
            assertThat(result.get("status").asString()).isEqualTo("ALREADY_IMPORTED");
            assertThat(byNumber).containsValue(result.get("ticketId").asString());
        }
        assertQueueHoldsEachOnce(offline, online);

        feedbackTypedOnTheKeypadReachesTheServer(offline.getFirst());
    }

    private void feedbackTypedOnTheKeypadReachesTheServer(String number) throws Exception {
        Chromium.viewport(driver, 1080, 1920);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".feedback-open")))
                .click();
        Chromium.click(driver, ".face-2");
        Chromium.click(driver, ".reason-WAIT_LONG");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".reason-WAIT_LONG"), "aria-pressed", "true"));
        Chromium.click(driver, ".feedback-next");

        // First a number that does not exist today: the server says so and the visitor can correct it.
        type("L999");
        Chromium.click(driver, ".feedback-send");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error-note"), "L999"));
        for (int i = 0; i < 4; i++) Chromium.click(driver, ".feedback-erase");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".feedback-ticket-display"), "—"));
        type(number);
        Chromium.click(driver, ".feedback-send");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".feedback-thanks")));

        // The kiosk's answer is stored: another KIOSK answer for the same visit replaces it (200, not 201).
        var again = SERVER.post(
                "/api/v1/feedback", KIOSK, "{\"number\":\"" + number + "\",\"rating\":2,\"channel\":\"KIOSK\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    }

    private void type(String number) {
        var letters = number.replaceAll("\\d", "");
        Chromium.clickText(driver, ".feedback-letters .feedback-key", letters);
        for (var digit : number.replaceAll("\\D", "").toCharArray()) {
            Chromium.clickText(driver, ".feedback-digits .feedback-key", String.valueOf(digit));
        }
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBe(By.cssSelector(".feedback-ticket-display"), number));
    }

    private String importBody() {
        var items = new ArrayList<String>();
        for (var t : store.tickets()) {
            items.add("{\"idempotencyKey\":\"" + t.key() + "\",\"blockId\":\"" + t.blockId() + "\",\"number\":"
                    + t.number() + ",\"serviceId\":\"" + t.serviceId() + "\",\"language\":\"" + t.language()
                    + "\",\"issuedAt\":\"" + t.issuedAt() + "\"}");
        }
        return "{\"tickets\":[" + String.join(",", items) + "]}";
    }

    private void assertQueueHoldsEachOnce(List<String> offline, String online) throws Exception {
        var queue = SERVER.get("/api/v1/sites/demo/queue", KIOSK);
        assertThat(queue.statusCode()).isEqualTo(200);
        var numbers = new ArrayList<String>();
        for (JsonNode ticket : JSON.readTree(queue.body()).get("tickets")) {
            numbers.add(ticket.get("number").asString());
        }
        assertThat(numbers).doesNotHaveDuplicates();
        for (var number : offline)
            assertThat(numbers).filteredOn(number::equals).hasSize(1);
        assertThat(numbers).contains(online);
    }

    /** Attract → language → laboratory → no identification → the ticket screen; returns the number shown. */
    private String issueThroughTheScreen(String language) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        if (!driver.getCurrentUrl().contains(":" + port)) driver.get("http://localhost:" + port + "/");
        Chromium.click(driver, ".attract-start");
        Chromium.click(driver, ".big-choice.lang-" + language);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            var tile = d.findElements(By.cssSelector(".service-tile")).stream()
                    .filter(t -> t.getText().contains(LAB.get(language)))
                    .findFirst();
            tile.ifPresent(org.openqa.selenium.WebElement::click);
            return tile.isPresent();
        });
        Chromium.click(driver, ".identify-skip");
        var number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ticket-number")));
        assertThat(number.getText()).matches("L\\d{3}");
        return number.getText();
    }

    private void done() {
        Chromium.click(driver, ".ticket-done");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".attract-start")));
    }
}
