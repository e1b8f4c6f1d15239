package fi.vuoro.server.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless view tests against the real engine on a fresh H2 file, one Spring context shared by every view test
 * (a real port because the STOMP endpoint needs a servlet container). Each test gets its own site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(QueueTestSupport.Config.class)
public abstract class ViewTestBase extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("vuoro-views");
        SpringApplication.getShutdownHandlers().add(() -> TempDirs.delete(dir)); // once the context has closed
        registry.add("vuoro.data-dir", dir::toString);
    }

    @Autowired
    protected QueueCommands commands;

    @Autowired
    protected QueueReader reader;

    @Autowired
    protected SiteDirectory directory;

    @Autowired
    protected MutableClock clock;

    protected String site;

    @BeforeEach
    void newSite() {
        site = QueueTestSupport.newSite(directory);
    }

    protected TicketView issue(String service) {
        // The test clock stands still; a second apart keeps the issue order the line order.
        clock.advance(Duration.ofSeconds(1));
        return commands.issue(new IssueRequest(
                site,
                site + "-" + service,
                "en",
                null,
                null,
                null,
                null,
                UUID.randomUUID().toString(),
                "kiosk"));
    }

    /** The ticket currently called or served at {@code counter} (short id), as the engine sees it. */
    protected TicketView atCounter(String counter) {
        return reader.snapshot(site).tickets().stream()
                .filter(t -> (site + "-" + counter).equals(t.counterId()))
                .filter(t -> t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING)
                .findFirst()
                .orElseThrow();
    }
}
