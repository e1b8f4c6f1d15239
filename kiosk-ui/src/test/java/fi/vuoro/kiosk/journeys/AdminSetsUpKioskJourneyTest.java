package fi.vuoro.kiosk.journeys;

import static fi.vuoro.kiosk.testing.Await.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.kiosk.devices.DemoDevices;
import fi.vuoro.kiosk.devices.KioskDevices;
import fi.vuoro.kiosk.devices.StatusReporter;
import fi.vuoro.kiosk.offline.OfflineStore;
import fi.vuoro.kiosk.pairing.DeviceTokens;
import fi.vuoro.kiosk.server.ConnectionState;
import fi.vuoro.kiosk.server.QueueGateway;
import fi.vuoro.kiosk.testing.Chromium;
import fi.vuoro.kiosk.testing.Observed;
import fi.vuoro.kiosk.testing.RealServer;
import fi.vuoro.kiosk.testing.RequiredTools;
import fi.vuoro.kiosk.testing.StaffBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Journey 9 (issue 6) with both real apps: the real server jar and this kiosk app, each in its own headless
 * Chromium window. A new kiosk (no token, fresh data directory, emulators running but not wired: its ports come
 * from the server) shows a pairing code; the admin types the code read off the kiosk's screen, configures the
 * printer on the emulator's pty, prints a test ticket into the emulator, renames a service the kiosk shows, and
 * revokes the kiosk, which forgets its token and shows a new code. Screenshots: {@code
 * target/screenshots/journeys/a-*.png}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vuoro.kiosk.gateway=server",
            "vuoro.kiosk.device-token=",
            "vuoro.kiosk.devices.emulators=true",
            "vuoro.kiosk.devices.emulators-wired=false",
            "vuoro.kiosk.timeouts.reconnect-delay=1s",
            "vuoro.kiosk.timeouts.idle-warning=5m",
            "vuoro.kiosk.timeouts.ticket-shown=5m"
        })
class AdminSetsUpKioskJourneyTest {

    private static final String CODE = "[ACEFHJKMNPRTWXY3479]{3}-[ACEFHJKMNPRTWXY3479]{3}";

    static final Path dataDir;
    static final RealServer server;

    static {
        try {
            dataDir = Files.createTempDirectory("journey-admin");
            SpringApplication.getShutdownHandlers().add(() -> TempDirs.delete(dataDir)); // once the context has closed
            server = new RealServer(Files.createDirectories(dataDir.resolve("server")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static WebDriver kiosk;
    static WebDriver admin;

    @LocalServerPort
    int port;

    @Autowired
    DemoDevices emulators;

    @Autowired
    KioskDevices devices;

    @Autowired
    StatusReporter status;

    @Autowired
    QueueGateway gateway;

    @Autowired
    DeviceTokens tokens;

    @Autowired
    OfflineStore offline;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        registry.add("vuoro.kiosk.server-url", server::url);
        registry.add("vuoro.kiosk.data-dir", () -> dataDir.resolve("kiosk").toString());
        registry.add("vuoro.kiosk.devices.printed-dir", () -> dataDir.resolve("printed")
                .toString());
    }

    @BeforeAll
    static void start() throws Exception {
        RequiredTools.assumeSocat();
        server.requireBuilt();
        kiosk = Chromium.start(1080, 1920);
        admin = Chromium.start(1280, 1000);
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (kiosk != null) kiosk.quit();
        if (admin != null) admin.quit();
        server.close();
    }

    @Test
    void anAdminPairsTheNewKioskConfiguresItsPrinterTestsItRenamesAServiceAndRevokesIt() throws Exception {
        // 1. Unpaired, nothing wired locally: the pairing code on the kiosk's screen, no printer open.
        Chromium.viewport(kiosk, 1080, 1920);
        kiosk.get(kioskUrl());
        var code = waitForKiosk(Duration.ofSeconds(90))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pairing-screen .pairing-code")))
                .getText();
        assertThat(code).matches(CODE);
        assertThat(tokens.paired()).isFalse();
        assertThat(devices.config().printer()).isNull();
        assertThat(status.current().printer()).isEqualTo("NONE");
        Chromium.assertTouchTargets(kiosk);
        shot(kiosk, "a-01-kiosk-pairing-code");

        // 2. The admin types the code read off the kiosk's screen and names the kiosk.
        StaffBrowser.login(admin, server.url(), "admin", "demo", "/admin/devices?lang=en");
        var name = "Lobby kiosk " + System.nanoTime() % 10_000;
        StaffBrowser.type(admin, "vaadin-text-field.pairing-code", code);
        StaffBrowser.type(admin, "vaadin-text-field.pairing-name", name);
        shot(admin, "a-02-admin-types-the-code");
        StaffBrowser.click(admin, "vaadin-button.pair");

        waitForKiosk(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".attract-start")));
        waitForKiosk(Duration.ofSeconds(30))
                .until(ExpectedConditions.attributeToBe(By.cssSelector(".connection"), "data-state", "online"));
        assertThat(kiosk.findElements(By.cssSelector(".pairing-screen"))).isEmpty();
        assertThat(tokens.paired()).isTrue();
        var token = tokens.current();
        var deviceId = gateway.self().orElseThrow().deviceId();
        assertThat(gateway.self().orElseThrow().name()).isEqualTo(name);
        assertThat(Files.readString(dataDir.resolve("kiosk").resolve("device-token"))
                        .strip())
                .isEqualTo(token);
        shot(kiosk, "a-03-kiosk-paired-attract");
        // Every client of the kiosk uses the paired token: the offline number blocks are leased with it.
        awaitTrue(
                Duration.ofSeconds(30),
                "offline number blocks leased with the paired token",
                () -> !gateway.services().isEmpty()
                        && gateway.services().stream().allMatch(service -> offline.remaining(service.id()) > 0));

        // 3. The paired kiosk is selected; the admin puts its printer on the emulator's pty at 115,200 baud.
        // The server takes device paths only (/dev/…): the pty behind the emulator's link, as an admin would type it.
        var pty = Path.of(emulators.config().printer().port()).toRealPath().toString();
        assertThat(pty).startsWith("/dev/");
        StaffBrowser.await(admin)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-text-field.printer-port")));
        assertThat(admin.findElement(By.cssSelector(".device-details h3")).getText())
                .startsWith(name);
        StaffBrowser.type(admin, "vaadin-text-field.printer-port", pty);
        StaffBrowser.select(admin, ".kiosk-config vaadin-select:nth-of-type(1)", "115200");
        StaffBrowser.click(admin, "vaadin-button.save-config");
        scrollTo(admin, ".device-details");
        shot(admin, "a-04-admin-kiosk-selected-printer-saved");
        awaitTrue(Duration.ofSeconds(30), "the kiosk opened the printer the admin configured", () -> {
            var printer = devices.config().printer();
            return printer != null
                    && printer.port().equals(pty)
                    && printer.baud() == DemoDevices.PRINTER_BAUD
                    && status.current().printer().equals("OK");
        });

        // The emulator receives the test ticket; the admin sees the kiosk's answer.
        int printed = emulators.printer().tickets().size();
        StaffBrowser.click(admin, "vaadin-button.print-test");
        var ticket = emulators
                .printer()
                .awaitTickets(printed + 1, Duration.ofSeconds(20))
                .getLast();
        assertThat(ticket.plainText()).isNotBlank();
        StaffBrowser.await(admin)
                .until(ExpectedConditions.attributeToBe(By.cssSelector(".test-result"), "data-state", "ok"));
        assertThat(admin.findElement(By.cssSelector(".test-result")).getText()).startsWith("✓");
        scrollTo(admin, ".test-result");
        shot(admin, "a-05-admin-test-print-ok");
        System.out.printf(
                "journey A: test ticket printed into the emulator (%s); admin saw: %s%n",
                ticket.plainText().strip().replace('\n', '|'),
                admin.findElement(By.cssSelector(".test-result")).getText());

        // 4. A service renamed in the admin view appears on the kiosk's service screen.
        Chromium.click(kiosk, ".attract-start");
        Chromium.click(kiosk, ".big-choice.lang-en");
        waitForKiosk(Duration.ofSeconds(30)).until(d -> tileNamed(d, "Vaccinations"));
        admin.get(server.url() + "/admin/services?lang=en");
        StaffBrowser.click(admin, By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Vaccinations']"));
        StaffBrowser.await(admin).until(d -> "Vaccinations".equals(StaffBrowser.value(d, "vaadin-text-field.name-en")));
        var renamed = "Flu and other jabs " + System.nanoTime() % 1000;
        StaffBrowser.type(admin, "vaadin-text-field.name-en", renamed);
        long clicked = System.nanoTime();
        StaffBrowser.click(admin, "vaadin-button.save");
        // Also noted: when the kiosk app itself had the new name (config event + REST re-read), before its screen.
        long[] inGateway = {0};
        waitForKiosk(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(20)).until(d -> {
            if (inGateway[0] == 0
                    && gateway.services().stream().anyMatch(s -> s.name("en").equals(renamed))) {
                inGateway[0] = System.nanoTime();
            }
            return tileNamed(d, renamed);
        });
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - clicked);
        System.out.printf(
                "journey A: renamed service on the kiosk's screen %d ms after the click on Save (in the kiosk app"
                        + " after: %s; the screen is pushed the change at once)%n",
                millis, Observed.millisSince(clicked, inGateway[0]));
        shot(kiosk, "a-06-kiosk-renamed-service");
        shot(admin, "a-06-admin-services-renamed");

        // 5. Revoked: the server refuses the old token; the kiosk forgets it and shows a new pairing code.
        assertThat(server.get("/api/v1/devices/me", "Bearer " + token).statusCode())
                .isEqualTo(200);
        admin.get(server.url() + "/admin/devices?lang=en&device=" + deviceId);
        StaffBrowser.click(admin, "vaadin-button.revoke");
        StaffBrowser.click(admin, "vaadin-confirm-dialog vaadin-button[slot='confirm-button']");
        var newCode = waitForKiosk(Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pairing-screen .pairing-code")))
                .getText();
        assertThat(newCode).matches(CODE).isNotEqualTo(code);
        assertThat(server.get("/api/v1/devices/me", "Bearer " + token).statusCode())
                .isEqualTo(401);
        assertThat(gateway.connectionState()).isEqualTo(ConnectionState.NOT_PAIRED);
        assertThat(tokens.paired()).isFalse();
        assertThat(dataDir.resolve("kiosk").resolve("device-token")).doesNotExist();
        shot(kiosk, "a-07-kiosk-revoked-new-code");
        scrollTo(admin, ".devices-grid");
        shot(admin, "a-07-admin-revoked");
    }

    private String kioskUrl() {
        return "http://localhost:" + port + "/?lang=en";
    }

    private static boolean tileNamed(WebDriver driver, String name) {
        try {
            return driver.findElements(By.cssSelector(".service-tile .tile-name")).stream()
                    .anyMatch(tile -> tile.getText().equals(name));
        } catch (StaleElementReferenceException redrawn) {
            return false;
        }
    }

    private static WebDriverWait waitForKiosk(Duration timeout) {
        var wait = new WebDriverWait(kiosk, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void scrollTo(WebDriver driver, String css) {
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", css);
    }

    private static void shot(WebDriver driver, String name) throws Exception {
        Chromium.screenshot(driver, "journeys/" + name);
    }
}
