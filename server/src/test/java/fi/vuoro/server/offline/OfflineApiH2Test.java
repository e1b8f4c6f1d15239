package fi.vuoro.server.offline;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.server.queue.QueueTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({QueueTestSupport.Config.class, FeedbackTestEvents.class})
class OfflineApiH2Test extends OfflineApiContract {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("vuoro-offline-h2");
        SpringApplication.getShutdownHandlers().add(() -> TempDirs.delete(dir)); // once the context has closed
        registry.add("vuoro.data-dir", dir::toString);
    }
}
