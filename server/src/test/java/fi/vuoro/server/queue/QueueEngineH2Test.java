package fi.vuoro.server.queue;

import fi.vuoro.hardware.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@Import(QueueTestSupport.Config.class)
class QueueEngineH2Test extends QueueEngineContract {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("vuoro-engine-h2");
        SpringApplication.getShutdownHandlers().add(() -> TempDirs.delete(dir)); // once the context has closed
        registry.add("vuoro.data-dir", dir::toString);
    }
}
