package fi.vuoro.server.reception;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.ServerProcess;
import fi.vuoro.server.browser.Browsers;
import fi.vuoro.server.demo.DemoCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real server process is stopped and started again on the same port and data directory while a waiting-room
 * display is open in Chromium. The display must come back by itself (nobody reloads it), show the true state
 * (a call made after the restart) and say that it was offline.
 */
class ServerRestartBrowserTest {

    @Test
    void anOpenDisplayResynchronisesAfterAServerRestart(@TempDir Path dataDir) throws Exception {
        Browsers.assumeChromium();
        int port = ServerProcess.freePort();
        String base = "http://localhost:" + port;
        try (var browsers = new Browsers()) {
            var server = ServerProcess.start(dataDir, port, "before-restart", List.of());
            WebDriver tv;
            try {
                tv = browsers.open(1920, 1080);
                String path = "/display/demo?token=" + DemoCredentials.DISPLAY_TOKEN + "&lang=en";
                // The display needs no staff login: its device token is its access.
                tv.get(base + path);
                await(tv, d -> !d.findElements(By.cssSelector(".display-view .now-calling"))
                        .isEmpty());
                String first = issueAndCall(base, "desk", "desk-1");
                await(tv, d -> d.findElement(By.cssSelector(".display-view"))
                        .getText()
                        .contains(first));
            } finally {
                server.close();
            }
            await(tv, d -> !"connected".equals(js(d, "return window.Vaadin.connectionState.state")));
            long downAt = System.nanoTime();

            try (var again = ServerProcess.start(dataDir, port, "after-restart", List.of())) {
                await(
                        tv,
                        d -> d.getCurrentUrl().contains("/login")
                                || !d.findElements(By.cssSelector(".display-view .now-calling"))
                                                .isEmpty()
                                        && "connected".equals(js(d, "return window.Vaadin.connectionState.state")));
                assertThat(tv.getCurrentUrl())
                        .as("the display came back by itself, without a login")
                        .doesNotContain("/login");
                String second = issueAndCall(base, "gp", "room-1");
                await(tv, d -> d.findElement(By.cssSelector(".display-view"))
                        .getText()
                        .contains(second));
                System.out.printf(
                        "restart: display back in sync %d ms after the server went down%n",
                        (System.nanoTime() - downAt) / 1_000_000);
                String banner = await(tv, d -> {
                    var b = d.findElement(By.cssSelector(".offline-banner"));
                    return b.isDisplayed() ? b.getText() : null;
                });
                assertThat(banner).contains("offline");
            }
        }
    }

    static String issueAndCall(String base, String service, String counter) throws Exception {
        var http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("reception:demo".getBytes(StandardCharsets.UTF_8));
        var issued = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/sites/demo/tickets"))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"serviceId\":\"" + service + "\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(201);
        var called = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/counters/" + counter + "/call-next"))
                        .header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(called.statusCode()).isEqualTo(200);
        var matcher =
                java.util.regex.Pattern.compile("\"number\":\"([A-Z]\\d+)\"").matcher(called.body());
        assertThat(matcher.find()).isTrue();
        var id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(called.body());
        assertThat(id.find()).isTrue();
        return matcher.group(1);
    }

    static Object js(WebDriver d, String script) {
        return ((JavascriptExecutor) d).executeScript(script);
    }

    static <T> T await(WebDriver driver, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(condition);
    }
}
