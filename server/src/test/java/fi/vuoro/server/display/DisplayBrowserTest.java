package fi.vuoro.server.display;

import fi.vuoro.server.browser.Browsers;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DisplayBrowserTest {

    static final Browsers browsers = new Browsers();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        var dir = Files.createTempDirectory("vuoro-browser");
        registry.add("vuoro.data-dir", dir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    QueueCommands commands;

    @AfterAll
    static void close() {
        browsers.close();
    }

    static Object js(WebDriver d, String script) {
        return ((JavascriptExecutor) d).executeScript(script);
    }

    @Test
    void secondCallShows() throws Exception {
        String base = "http://localhost:" + port;
        WebDriver display = browsers.open(1920, 1080);
        Browsers.login(display, base, "reception", "demo", "/display/demo?token=demo-display&lang=en");
        String displayTab = display.getWindowHandle();
        display.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        display.get(base + "/counter?site=demo&counter=room-1");
        String counterTab = display.getWindowHandle();
        WebDriver counter = display;
        display.switchTo().window(displayTab);
        var wait = new WebDriverWait(display, Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.cssSelector(".display-view")).isEmpty());
        display.switchTo().window(counterTab);
        new WebDriverWait(counter, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".call-next")).isEmpty());
        for (int i = 0; i < 3; i++) {
            commands.issue(new IssueRequest("demo", "gp", "fi", null, null, null, null, UUID.randomUUID().toString(), "t"));
        }
        for (int i = 1; i <= 3; i++) {
            new WebDriverWait(counter, Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector(".call-next")).getAttribute("disabled") == null);
            counter.findElement(By.cssSelector(".call-next")).click();
            int n = i;
            Thread.sleep(1500);
            display.switchTo().window(displayTab);
            System.out.println("CALL " + n + " dom=" + display.findElement(By.cssSelector(".now-calling")).getText().replace('\n', ' ')
                        + " chime=" + js(display, "return document.body.dataset.chimeCount"));
            display.switchTo().window(counterTab);
            new WebDriverWait(counter, Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector(".complete")).getAttribute("disabled") == null);
            counter.findElement(By.cssSelector(".complete")).click();
        }
    }
}
