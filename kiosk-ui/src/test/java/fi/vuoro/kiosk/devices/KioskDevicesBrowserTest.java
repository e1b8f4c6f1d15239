package fi.vuoro.kiosk.devices;

import static fi.vuoro.kiosk.testing.Await.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.emulator.EmulatedTicket;
import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.kiosk.server.ConnectionState;
import fi.vuoro.kiosk.server.ServerQueueGateway;
import fi.vuoro.kiosk.testing.Chromium;
import fi.vuoro.kiosk.testing.RealServer;
import fi.vuoro.kiosk.testing.RequiredTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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

/**
 * The kiosk with real devices end to end: the real server jar, this kiosk app talking to it over REST and STOMP,
 * the hardware module's printer and card-reader emulators behind socat pty pairs (printer at 115,200 baud) opened by
 * the kiosk with jssc, and real headless Chromium touching the screen.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vuoro.kiosk.gateway=server", "vuoro.kiosk.devices.emulators=true"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskDevicesBrowserTest {

    private static final Pattern TICKET_ID = Pattern.compile("/ticket/([0-9a-f-]{36})");

    static RealServer server;
    static Path dataDir;
    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    DemoDevices devices;

    @Autowired
    StatusReporter status;

    @Autowired
    ServerQueueGateway gateway;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) throws Exception {
        RequiredTools.assumeSocat();
        dataDir = Files.createTempDirectory("kiosk-devices-test");
        SpringApplication.getShutdownHandlers().add(() -> TempDirs.delete(dataDir)); // once the context has closed
        server = RealServer.start(Files.createDirectories(dataDir.resolve("server")));
        registry.add("vuoro.kiosk.server-url", server::url);
        registry.add("vuoro.kiosk.data-dir", () -> dataDir.resolve("kiosk").toString());
        registry.add("vuoro.kiosk.devices.printed-dir", () -> dataDir.resolve("printed")
                .toString());
    }

    @BeforeAll
    static void browser() throws Exception {
        driver = Chromium.start(1080, 1920);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @BeforeEach
    void devicesReady() throws InterruptedException {
        devices.printerState("ok");
        awaitTrue(Duration.ofSeconds(60), "kiosk online with a healthy printer and readers", () -> {
            var now = status.current();
            return gateway.connectionState() == ConnectionState.ONLINE
                    && now.printer().equals("OK")
                    && now.cardReader().equals("OK")
                    && now.scanner().equals("OK");
        });
    }

    @Test
    @Order(1)
    void walkInTicketIsPrintedIntoTheEmulatorAndIsInTheServersApi() throws Exception {
        int before = devices.printer().tickets().size();
        toIdentification("en", "Laboratory");
        click(".identify-skip");

        var number = waitFor(".ticket-number").getText();
        var printed = devices.printer().awaitTickets(before + 1, Duration.ofSeconds(20));
        EmulatedTicket ticket = printed.getLast();
        assertThat(ticket.plainText()).contains(number, "Laboratory");
        var url = ticket.qrData().orElseThrow();
        var id = ticketId(url);
        // The demo saves what the emulator cut as a picture (after the cut, on the emulator's thread).
        awaitTrue(Duration.ofSeconds(20), "a printed ticket PNG", () -> {
            try (var files = Files.list(dataDir.resolve("printed"))) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(".png"));
            } catch (java.io.IOException e) {
                return false;
            }
        });

        wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(
                        By.cssSelector(".ticket-screen [data-outcome]"), "data-outcome", "PRINTED"));
        assertThat(driver.findElement(By.cssSelector(".paper-ok")).getText())
                .isEqualTo("Please take your ticket from the printer.");

        var stored = server.getAsStaff("/api/v1/tickets/" + id);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).contains("\"number\":\"" + number + "\"", "\"serviceId\":\"lab\"");
    }

    @Test
    @Order(2)
    void aCardTapWelcomesAnnaAndHerTicketIsPlacedByHerAppointment() throws Exception {
        int before = devices.printer().tickets().size();
        toIdentification("en", "General enquiries");
        devices.tap("0008844356");

        var welcome = waitFor(".ticket-welcome").getText();
        assertThat(welcome).containsPattern("Welcome, Anna\\.\\s*Laboratory, around \\d\\d:\\d\\d");
        var ticket = devices.printer()
                .awaitTickets(before + 1, Duration.ofSeconds(20))
                .getLast();
        var stored =
                server.getAsStaff("/api/v1/tickets/" + ticketId(ticket.qrData().orElseThrow()));
        // The appointment decides the service (lab, not the tile touched) and the place in line.
        assertThat(stored.body())
                .contains("\"serviceId\":\"lab\"", "\"appointmentReference\":\"APT-1001\"")
                .contains("\"priority\":\"APPOINTMENT\"");
        assertThat(ticket.plainText()).doesNotContain("0008844356");
    }

    @Test
    @Order(3)
    void unreadableCardsAndUnknownCodesCountAsStrugglesThenAnAppointmentQrWelcomesBertil() throws Exception {
        toIdentification("sv", "Laboratorium");
        devices.unreadableCard();
        assertThat(waitFor(".identify-problem").getText()).startsWith("Vi kunde inte läsa ditt kort");

        devices.scan("APT-0000");
        wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".identify-problem"), "Vi hittade inte den bokningen"));
        // Two failures: the kiosk offers a person on its own (and tells reception).
        waitFor(".help-panel");
        driver.findElements(By.cssSelector(".help-panel button")).stream()
                .filter(b -> b.getText().equals("Nej tack"))
                .findFirst()
                .orElseThrow()
                .click();

        devices.scan("vuoro:appointment:APT-1002");
        var welcome = waitFor(".ticket-welcome").getText();
        assertThat(welcome).containsPattern("Välkommen, Bertil\\.\\s*Allmänläkare, cirka kl\\. \\d\\d:\\d\\d");
    }

    @Test
    @Order(4)
    void outOfPaperTheTicketIsOnScreenWithItsQrAndTheServerIsTold() throws Exception {
        devices.printerState("paper-out");
        awaitTrue(Duration.ofSeconds(10), "printer seen out of paper", () -> status.current()
                .printer()
                .equals("PAPER_OUT"));

        toIdentification("en", "Vaccinations");
        click(".identify-skip");
        var number = waitFor(".ticket-number").getText();
        wait(Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(
                        By.cssSelector(".ticket-screen [data-outcome]"), "data-outcome", "PAPER_OUT"));
        assertThat(driver.findElement(By.cssSelector(".paper-fault")).getText())
                .isEqualTo("The printer is out of paper — here is your ticket; show this screen or scan the code"
                        + " with your phone.");
        var qr = driver.findElement(By.cssSelector(".ticket-qr"));
        assertThat(qr.isDisplayed()).isTrue();
        assertThat(qr.getRect().getWidth()).isGreaterThanOrEqualTo(200);
        assertThat(number).startsWith("V");
        assertThat(driver.findElement(By.cssSelector(".device-status")).getText())
                .contains("Printer out of paper");

        // PAPER_OUT went to /app/kiosk.status over the kiosk's live STOMP session to the real server (the server's
        // health feature, which stores and shows it, is not on this branch; see docs/kiosk.md).
        assertThat(gateway.lastStatusSent()).isNotNull();
        assertThat(gateway.lastStatusSent().printer()).isEqualTo("PAPER_OUT");
        devices.printerState("ok");
    }

    @Test
    @Order(5)
    void anAppointmentQrScannedOnTheAttractScreenGoesStraightToTheTicket() throws Exception {
        int before = devices.printer().tickets().size();
        driver.get("http://localhost:" + port + "/?lang=en");
        waitFor(".attract-start");
        // A card without an appointment on the attract screen starts nothing (nobody touched the screen).
        devices.tap("0000000001");
        devices.scan("vuoro:appointment:APT-1003");

        var welcome = waitFor(".ticket-welcome").getText();
        assertThat(welcome).containsPattern("Welcome, Chen\\.\\s*Vaccinations, around \\d\\d:\\d\\d");
        var ticket = devices.printer()
                .awaitTickets(before + 1, Duration.ofSeconds(20))
                .getLast();
        var stored =
                server.getAsStaff("/api/v1/tickets/" + ticketId(ticket.qrData().orElseThrow()));
        assertThat(stored.body()).contains("\"serviceId\":\"vacc\"", "\"appointmentReference\":\"APT-1003\"");
    }

    private void toIdentification(String language, String service) {
        driver.get("http://localhost:" + port + "/?lang=" + language);
        click(".attract-start");
        click(".big-choice.lang-" + language);
        wait(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".service-tile")).stream()
                .anyMatch(tile -> tile.getText().contains(service)));
        driver.findElements(By.cssSelector(".service-tile")).stream()
                .filter(tile -> tile.getText().contains(service))
                .findFirst()
                .orElseThrow()
                .click();
        waitFor(".identify-screen");
    }

    private static String ticketId(String url) {
        var matcher = TICKET_ID.matcher(url);
        assertThat(matcher.find()).as("ticket id in " + url).isTrue();
        return matcher.group(1);
    }

    private static void click(String css) {
        wait(Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
                .click();
    }

    private static org.openqa.selenium.WebElement waitFor(String css) {
        return wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }
}
