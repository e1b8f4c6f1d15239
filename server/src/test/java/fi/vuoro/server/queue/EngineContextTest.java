package fi.vuoro.server.queue;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context, shared by the tests of features that listen to the real engine, on a fresh H2 file and the
 * movable test clock. Each test makes its own site ({@link QueueTestSupport#newSite}). Views extend
 * {@code ui.ViewTestBase} instead: when a test class without a login ran first in that (browserless Vaadin) context,
 * the counter view tests after it were sent to the login view (seen in a CI run; the cause inside the browserless
 * set-up is not pinned down), so non-view tests keep to this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(QueueTestSupport.Config.class)
public abstract class EngineContextTest {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("vuoro-engine-context");
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
}
