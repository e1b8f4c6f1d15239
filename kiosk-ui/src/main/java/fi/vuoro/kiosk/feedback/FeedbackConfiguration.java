package fi.vuoro.kiosk.feedback;

import fi.vuoro.kiosk.KioskProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feedback gateway follows {@code vuoro.kiosk.gateway}: the real server unless told otherwise. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    @ConditionalOnProperty(name = "vuoro.kiosk.gateway", havingValue = "server", matchIfMissing = true)
    FeedbackGateway serverFeedbackGateway(
            KioskProperties properties, @Value("${vuoro.kiosk.data-dir:${user.home}/.vuoro/kiosk}") Path dataDir) {
        // A token stored by pairing (device-token in the data directory) wins over the configured one.
        var stored = dataDir.toAbsolutePath().resolve("device-token");
        return new ServerFeedbackGateway(properties, () -> {
            try {
                if (Files.isRegularFile(stored)) {
                    var token = Files.readString(stored, StandardCharsets.UTF_8).strip();
                    if (!token.isEmpty()) return token;
                }
            } catch (IOException e) {
                // Fall back to the configured token.
            }
            return properties.deviceToken();
        });
    }

    @Bean
    @ConditionalOnProperty(name = "vuoro.kiosk.gateway", havingValue = "in-memory")
    InMemoryFeedbackGateway inMemoryFeedbackGateway() {
        return new InMemoryFeedbackGateway();
    }
}
