package fi.vuoro.server.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import fi.vuoro.server.browser.Browsers;
import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.mobile.MobileTicketLinks;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real headless Chromium through the real login page: each role signs in and lands on its screen, counter staff cannot
 * open the audit log, sign-out returns to the login page, the display and the mobile ticket open without login, and no
 * page trips the Content-Security-Policy. Screenshots of the login page and the audit view in fi/sv/en go to
 * {@code target/screenshots}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:login-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class LoginBrowserTest {

    private static Browsers browsers;

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    QueueCommands queue;

    @Autowired
    MobileTicketLinks links;

    @BeforeAll
    static void start() {
        Browsers.assumeChromium();
        browsers = new Browsers();
    }

    @AfterAll
    static void stop() {
        if (browsers != null) {
            browsers.close();
        }
    }

    @Test
    void eachRoleLandsOnItsScreen() {
        var expected = List.of(
                new Landing("counter", "counter", ".counter-view"),
                new Landing("reception", routeExists("reception") ? "reception" : "counter", "body"),
                new Landing("admin", routeExists("admin") ? "admin" : "admin/audit", "body"));
        for (var landing : expected) {
            var driver = browsers.open(1280, 800);
            Browsers.login(driver, base(), landing.user(), DemoCredentials.PASSWORD, "/login");
            wait(driver).until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/" + landing.path()));
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(landing.marker())));
            assertNoCspViolations(driver, landing.user());
            driver.quit();
        }
    }

    @Test
    void counterStaffCannotOpenTheAuditLogAndSignOutEndsTheSession() {
        var driver = browsers.open(1280, 800);
        Browsers.login(driver, base(), "counter", DemoCredentials.PASSWORD, "/login");
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".counter-view")));

        driver.get(base() + "/admin/audit");
        wait(driver)
                .until(d -> d.findElements(By.tagName("body")).size() == 1
                        && !d.findElement(By.tagName("body")).getText().isBlank());
        assertThat(driver.findElements(By.cssSelector(".audit-view"))).isEmpty();

        driver.get(base() + "/counter");
        wait(driver)
                .until(ExpectedConditions.elementToBeClickable(By.id("sign-out")))
                .click();
        wait(driver).until(d -> d.getCurrentUrl().contains("/login"));
        driver.get(base() + "/counter");
        wait(driver).until(d -> d.getCurrentUrl().contains("/login"));
        driver.quit();
    }

    @Test
    void displayAndMobileTicketOpenWithoutLoginAndShowNoPersonalData() {
        var secret = "APPT-" + UUID.randomUUID().toString().substring(0, 8);
        var ticket = queue.issue(new IssueRequest(
                "demo", "lab", "fi", null, null, secret, null, UUID.randomUUID().toString(), "reception"));
        queue.call("lab-1", ticket.id(), "counter");

        var display = browsers.open(1920, 1080);
        display.get(base() + "/display/demo?token=" + DemoCredentials.DISPLAY_TOKEN + "&lang=en");
        wait(display).until(d -> d.findElements(By.cssSelector(".call-number")).stream()
                .anyMatch(e -> e.getText().equals(ticket.number())));
        assertThat(display.getPageSource()).doesNotContain(secret, ticket.visitId());
        assertNoCspViolations(display, "display");
        Browsers.screenshot(display, "display-anonymous-en");

        var phone = browsers.open(400, 800);
        phone.get(base() + "/" + links.path(ticket.id()).replaceFirst("^/", ""));
        wait(phone).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mobile-ticket")));
        assertThat(phone.getCurrentUrl()).doesNotContain("/login");
        assertNoCspViolations(phone, "mobile ticket");
    }

    @Test
    void screenshotsOfTheLoginPageAndTheAuditLogInThreeLanguages() {
        var driver = browsers.open(1280, 800);
        for (var lang : List.of("fi", "sv", "en")) {
            driver.get(base() + "/login?lang=" + lang);
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
            Browsers.screenshot(driver, "login-" + lang);
        }
        driver.get(base() + "/login?lang=fi");
        wait(driver)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys("admin");
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys("wrong-password");
        driver.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        wait(driver).until(d -> d.getCurrentUrl().contains("error"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        Browsers.screenshot(driver, "login-error-fi");

        Browsers.login(driver, base(), "admin", DemoCredentials.PASSWORD, "/login");
        // Some staff work to show in the log.
        for (int i = 0; i < 3; i++) {
            var ticket = queue.issue(new IssueRequest(
                    "demo",
                    "gp",
                    "fi",
                    null,
                    null,
                    null,
                    null,
                    UUID.randomUUID().toString(),
                    "reception"));
            queue.call("room-1", ticket.id(), "counter");
            queue.start(ticket.id(), "counter");
            queue.complete(ticket.id(), "DONE", "counter");
        }
        for (var lang : List.of("fi", "sv", "en")) {
            driver.get(base() + "/admin/audit?lang=" + lang);
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".audit-view vaadin-grid")));
            wait(driver).until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content"))
                    .isEmpty());
            Browsers.screenshot(driver, "audit-" + lang);
        }
        assertNoCspViolations(driver, "audit");
    }

    private void assertNoCspViolations(WebDriver driver, String page) {
        var problems = new ArrayList<String>();
        driver.manage().logs().get(LogType.BROWSER).forEach(entry -> {
            var message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
                problems.add(message);
            }
        });
        assertThat(problems).as("CSP violations on " + page).isEmpty();
    }

    private boolean routeExists(String path) {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        return RouteConfiguration.forRegistry(registry).getRoute(path).isPresent();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private record Landing(String user, String path, String marker) {}
}
