package fi.vuoro.server.admin;

import static fi.vuoro.server.messaging.StompClients.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.browser.Browsers;
import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.enrolment.DeviceManagement;
import fi.vuoro.server.enrolment.DeviceResultFrames;
import fi.vuoro.server.messaging.Destinations;
import fi.vuoro.server.messaging.StompClients;
import fi.vuoro.server.site.SiteDirectory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin views in real headless Chromium against the running server: pairing with a code from the REST API,
 * printer configuration and a test print answered by a STOMP "kiosk", a live service rename, the layout preview,
 * revocation, and screenshots of every view in three languages and two sizes ({@code target/screenshots}).
 *
 * <p>The cross-app test with the real kiosk reads the code off the kiosk's screen and types it into the same
 * {@code vaadin-text-field.pairing-code}.
 */
class AdminBrowserTest extends AdminContextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> VIEWS = List.of("sites", "services", "counters", "users", "devices", "layout");

    @Autowired
    SiteDirectory sites;

    @Autowired
    DeviceManagement devices;

    Browsers browsers;
    StompClients stomp;

    @BeforeEach
    void setUp() {
        Browsers.assumeChromium();
        browsers = new Browsers();
        stomp = new StompClients(port);
    }

    @AfterEach
    void tearDown() {
        if (stomp != null) stomp.close();
        if (browsers != null) browsers.close();
    }

    @Test
    void anAdminPairsAKioskConfiguresItsPrinterTestsItRenamesAServiceAndRevokesIt() throws Exception {
        WebDriver driver = browsers.open(1280, 800);
        Browsers.login(driver, baseUrl(), "admin", DemoCredentials.PASSWORD, "/admin/devices?lang=en");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        // 1. A new kiosk asks for a code; the admin types it in.
        JsonNode pairing = JSON.readTree(requestPairing("KIOSK").body());
        type(wait, "vaadin-text-field.pairing-code", pairing.get("code").asString());
        String name = uniqueName("Browser kiosk");
        type(wait, "vaadin-text-field.pairing-name", name);
        click(wait, "vaadin-button.pair");
        awaitTrue("the kiosk's poll says PAIRED", () -> http(
                        "GET", "/api/v1/pairings/" + pairing.get("pairingId").asString(), null, null)
                .body()
                .contains("PAIRED"));
        // That poll handed the token over; from now on the pairing only says CLAIMED.
        assertThat(http("GET", "/api/v1/pairings/" + pairing.get("pairingId").asString(), null, null)
                        .body())
                .contains("CLAIMED");
        var device = devices.devices().stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(device.siteId()).isEqualTo(DemoCredentials.SITE);
    }

    @Test
    void printerConfigAndATestPrintReachTheKioskAndTheAnswerShowsLive() throws Exception {
        WebDriver driver = browsers.open(1280, 800);
        Browsers.login(driver, baseUrl(), "admin", DemoCredentials.PASSWORD, "/admin/devices?lang=en");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        JsonNode pairing = JSON.readTree(requestPairing("KIOSK").body());
        type(wait, "vaadin-text-field.pairing-code", pairing.get("code").asString());
        type(wait, "vaadin-text-field.pairing-name", uniqueName("Printer kiosk"));
        click(wait, "vaadin-button.pair");
        String token = awaitToken(pairing.get("pairingId").asString());
        String deviceId = JSON.readTree(http("GET", "/api/v1/devices/me", "Bearer " + token, null)
                        .body())
                .get("deviceId")
                .asString();

        var kiosk = stomp.connect("Bearer " + token);
        kiosk.await();
        BlockingQueue<Map> commands = kiosk.subscribe(Destinations.deviceTopic(deviceId), Map.class);
        awaitTrue("subscribed", () -> devices.openSessions(deviceId) == 1);
        Thread.sleep(200);

        // 2. Printer port, then save: the kiosk is told and reads it from /devices/me.
        type(wait, "vaadin-text-field.printer-port", "/dev/pts/7");
        click(wait, "vaadin-button.save-config");
        Map<?, ?> changed = commands.poll(10, TimeUnit.SECONDS);
        assertThat(changed).isNotNull();
        assertThat(changed.get("type")).isEqualTo("CONFIG_CHANGED");
        var me = JSON.readTree(
                http("GET", "/api/v1/devices/me", "Bearer " + token, null).body());
        assertThat(me.get("printer").get("port").asString()).isEqualTo("/dev/pts/7");
        assertThat(me.get("printer").get("paperWidthMm").asInt()).isEqualTo(80);

        // 3. "Print test ticket": the kiosk answers on /app/device.result and the view shows it.
        click(wait, "vaadin-button.print-test");
        Map<?, ?> print = commands.poll(10, TimeUnit.SECONDS);
        assertThat(print).isNotNull();
        assertThat(print.get("type")).isEqualTo("PRINT_TEST");
        String commandId = (String) ((Map<?, ?>) print.get("parameters")).get("commandId");
        kiosk.session.send(DeviceResultFrames.DESTINATION, DeviceResultFrames.printedTestTicket(commandId));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".test-result"), "Printed 429 bytes"));
        assertThat(driver.findElement(By.cssSelector(".test-result")).getText())
                .isEqualTo("✓ Printed 429 bytes (printer: OK)");

        // 4. Revoke: confirm, and the kiosk's connection is closed.
        click(wait, "vaadin-button.revoke");
        click(wait, "vaadin-confirm-dialog vaadin-button[slot='confirm-button']");
        awaitTrue("the revoked kiosk is disconnected", () -> !kiosk.session.isConnected());
        assertThat(http("GET", "/api/v1/devices/me", "Bearer " + token, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aRenamedServiceReachesASubscribedClientAtOnce() throws Exception {
        var display = stomp.connect("Bearer " + DemoCredentials.DISPLAY_TOKEN);
        display.await();
        BlockingQueue<Map> config = display.subscribe(Destinations.configTopic(DemoCredentials.SITE), Map.class);

        WebDriver driver = browsers.open(1280, 800);
        Browsers.login(driver, baseUrl(), "admin", DemoCredentials.PASSWORD, "/admin/services?lang=en");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String current = sites.service("vacc").orElseThrow().names().get("en");
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + current + "']")))
                .click();
        String finnish = sites.service("vacc").orElseThrow().names().get("fi");
        wait.until(d -> finnish.equals(inputOf(d, "vaadin-text-field.name-fi").getDomProperty("value")));
        String renamed = "Vaccinations " + System.nanoTime() % 1000;
        type(wait, "vaadin-text-field.name-en", renamed);
        config.clear();
        long clicked = System.nanoTime();
        click(wait, "vaadin-button.save");
        Map<?, ?> event = config.poll(10, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - clicked);
        System.out.printf("config event reached the subscribed display %d ms after the click on Save%n", millis);
        assertThat(event).isNotNull();
        assertThat(event.get("kind")).isEqualTo("SERVICES");
        assertThat(http("GET", "/api/v1/sites/demo/services", "Bearer " + DemoCredentials.KIOSK_TOKEN, null)
                        .body())
                .contains(renamed);
        assertThat(sites.service("vacc").orElseThrow().names().get("en")).isEqualTo(renamed);
    }

    @Test
    void theLayoutPreviewRendersAsAnEightyMillimetreTicket() {
        WebDriver driver = browsers.open(1280, 800);
        Browsers.login(driver, baseUrl(), "admin", DemoCredentials.PASSWORD, "/admin/layout?lang=fi");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> ((Number) ((JavascriptExecutor) d)
                                .executeScript("const i = document.querySelector('img.ticket-preview-image');"
                                        + " return i && i.complete ? i.naturalWidth : 0;"))
                        .intValue()
                == 576);
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('img.ticket-preview-image').naturalHeight;");
        assertThat(height.intValue()).isGreaterThan(400);
        Browsers.screenshot(driver, "admin-layout-preview");
    }

    @Test
    void screenshotsOfEveryAdminViewInThreeLanguagesAndTwoSizes() {
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            WebDriver driver = browsers.open(size[0], size[1]);
            Browsers.login(driver, baseUrl(), "admin", DemoCredentials.PASSWORD, "/admin/sites?lang=en");
            var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            for (String lang : List.of("fi", "sv", "en")) {
                for (String view : VIEWS) {
                    String query =
                            "?lang=" + lang + (view.equals("devices") ? "&device=" + DemoCredentials.KIOSK_ID : "");
                    driver.get(baseUrl() + "/admin/" + view + query);
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".admin-view h1")));
                    if (view.equals("layout")) {
                        wait.until(
                                d -> (Boolean)
                                        ((JavascriptExecutor) d)
                                                .executeScript(
                                                        "const i = document.querySelector('img.ticket-preview-image'); return !!i && i.complete && i.naturalWidth > 0;"));
                    }
                    // show the part a user works with: the selected kiosk's settings, the ticket preview
                    String focus = view.equals("devices")
                            ? ".device-details"
                            : view.equals("layout") ? ".layout-columns" : null;
                    if (focus != null) {
                        ((JavascriptExecutor) driver)
                                .executeScript(
                                        "document.querySelector(arguments[0]).scrollIntoView({block: 'start'});",
                                        focus);
                    }
                    assertThat(driver.findElement(By.tagName("body")).getText())
                            .doesNotContain("!admin.", "!devices.", "!services.");
                    Browsers.screenshot(driver, "admin-" + view + "-" + lang + "-" + size[0] + "x" + size[1]);
                }
            }
        }
    }

    private String awaitToken(String pairingId) throws InterruptedException {
        String[] token = new String[1];
        awaitTrue("the kiosk gets its token", () -> {
            var body = JSON.readTree(
                    http("GET", "/api/v1/pairings/" + pairingId, null, null).body());
            if ("PAIRED".equals(body.get("status").asString())) {
                token[0] = body.get("token").asString();
                return true;
            }
            return false;
        });
        return token[0];
    }

    private static WebElement inputOf(WebDriver driver, String field) {
        return driver.findElement(By.cssSelector(field + " input"));
    }

    private static void type(WebDriverWait wait, String field, String text) {
        var input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(field + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB); // commit the value (change event) before the next click
    }

    /**
     * Scrolls the button to the middle of the view and clicks it there: the admin layout scrolls its content inside
     * the app layout, where a plain WebDriver click may land on the navigation bar instead.
     */
    private static void click(WebDriverWait wait, String selector) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
        wait.until(d -> {
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                return false; // an animation or notification still covers it: try again
            }
        });
    }
}
