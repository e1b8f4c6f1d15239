package fi.vuoro.server.reception;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.server.browser.Browsers;
import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.feedback.FeedbackRecorded;
import fi.vuoro.server.health.DeviceHealth;
import fi.vuoro.server.health.StatusReport;
import fi.vuoro.server.lobby.AlertDetail;
import fi.vuoro.server.lobby.AlertKind;
import fi.vuoro.server.lobby.Alerts;
import fi.vuoro.server.lobby.HelpDesk;
import fi.vuoro.server.lobby.HelpMessage;
import fi.vuoro.server.mobile.MobileTicketLinks;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.security.DevicePrincipal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Screenshots of every staff-side screen in Finnish, Swedish and English, with a lobby that has something in it,
 * written to {@code target/screenshots/} for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class StaffScreenshotsBrowserTest {

    static final Browsers browsers = new Browsers();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        var dir = Files.createTempDirectory("vuoro-shots");
        SpringApplication.getShutdownHandlers().add(() -> TempDirs.delete(dir)); // once the context has closed
        registry.add("vuoro.data-dir", dir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    QueueCommands commands;

    @Autowired
    HelpDesk helpDesk;

    @Autowired
    DeviceHealth health;

    @Autowired
    MobileTicketLinks links;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Alerts alerts;

    static final Map<String, String> CALL_NEXT = Map.of("fi", "Kutsu seuraava", "sv", "Ropa nästa", "en", "Call next");

    @AfterAll
    static void close() {
        browsers.close();
    }

    TicketView issue(String service, String lang) {
        return commands.issue(new IssueRequest(
                "demo", service, lang, null, null, null, null, UUID.randomUUID().toString(), DemoCredentials.KIOSK_ID));
    }

    static final Map<String, String> TRAIL_LANGUAGE_STEP = Map.of(
            "fi", "10:02:11 Valitsi kielen: suomi",
            "sv", "10:02:11 Valde språk: finska",
            "en", "10:02:11 Chose the language: Finnish");

    @Test
    void everyScreenInThreeLanguages() {
        var kiosk = new DevicePrincipal(DemoCredentials.KIOSK_ID, "demo", DevicePrincipal.Kind.KIOSK);
        health.report(kiosk, new StatusReport("PAPER_OUT", "OK", "NONE", "paper sensor", null));
        TicketView mine = issue("lab", "fi");
        issue("gp", "sv");
        TicketView urgent = issue("gp", "en");
        commands.raisePriority(urgent.id(), PriorityClass.URGENT, PriorityReason.URGENT_MEDICAL, "reception");
        issue("vacc", "fi");
        helpDesk.received(
                kiosk,
                new HelpMessage(
                        UUID.randomUUID().toString(),
                        "VISITOR",
                        "SERVICE",
                        "fi",
                        List.of(
                                "10:02:09 START",
                                "10:02:11 LANGUAGE fi",
                                "10:02:30 SERVICE lab",
                                "10:02:41 BACK SERVICE",
                                "10:02:58 ASKED_FOR_PERSON")));
        TicketView rated = issue("desk", "en");
        events.publishEvent(
                new FeedbackRecorded("demo", rated.id(), rated.visitId(), 2, List.of("HARD_TO_FIND"), Instant.now()));
        TicketView late = issue("gp", "fi");
        alerts.raise(
                AlertKind.BROKEN_PROMISE,
                "demo",
                "visit:" + late.visitId(),
                late.id(),
                late.visitId(),
                null,
                AlertDetail.promise(10, 25));
        commands.callNext("room-1", "counter");
        TicketView transferred = commands.callNext("lab-1", "counter").orElseThrow();
        commands.transfer(transferred.id(), "gp", null, "Results ready, GP to review", "counter");

        String base = "http://localhost:" + port;
        WebDriver staff = browsers.open(1600, 1000);
        Browsers.login(staff, base, "admin", DemoCredentials.PASSWORD, "/reception?lang=en");
        // The display (device token) and the mobile ticket (its link) need no staff login.
        WebDriver tv = browsers.open(1920, 1080);
        WebDriver phone = browsers.open(390, 844);
        for (String lang : List.of("fi", "sv", "en")) {
            shoot(staff, base + "/reception?lang=" + lang, ".reception-view .lobby .card", "reception-" + lang);
            // The kiosk sent step codes; the console words them in the reader's language.
            assertThat(staff.findElement(By.cssSelector(".help-card .trail")).getText())
                    .contains(TRAIL_LANGUAGE_STEP.get(lang))
                    .doesNotContain("LANGUAGE");
            shoot(staff, base + "/health?lang=" + lang, ".health-board .device-card", "health-" + lang);
            shoot(
                    staff,
                    base + "/counter?site=demo&counter=room-1&lang=" + lang,
                    ".counter-view .current-visit",
                    "counter-" + lang);
            // One load is enough: the labels follow ?lang= at once (they once needed a second load).
            assertThat(staff.findElement(By.cssSelector(".counter-view .call-next"))
                            .getText())
                    .startsWith(CALL_NEXT.get(lang));
            shoot(staff, base + "/admin/audit?lang=" + lang, ".audit-view vaadin-grid", "audit-" + lang);
            shoot(
                    tv,
                    base + "/display/demo?token=" + DemoCredentials.DISPLAY_TOKEN + "&lang=" + lang,
                    ".display-view .call-card",
                    "display-" + lang);
            String mobile = links.path(mine.id()); // relative ("t/…")
            shoot(
                    phone,
                    base + (mobile.startsWith("/") ? "" : "/") + mobile + "?lang=" + lang,
                    ".mobile-ticket",
                    "mobile-" + lang);
        }
    }

    static void shoot(WebDriver driver, String url, String ready, String name) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector(ready)).isEmpty());
        Browsers.screenshot(driver, name);
    }
}
