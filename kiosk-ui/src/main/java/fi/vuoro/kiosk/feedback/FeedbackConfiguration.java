package fi.vuoro.kiosk.feedback;

import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.pairing.DeviceTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feedback gateway follows {@code vuoro.kiosk.gateway}: the real server unless told otherwise. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    @ConditionalOnProperty(name = "vuoro.kiosk.gateway", havingValue = "server", matchIfMissing = true)
    FeedbackGateway serverFeedbackGateway(KioskProperties properties, DeviceTokens tokens) {
        // The token from pairing wins over the configured one; a revoked one is forgotten (one source: DeviceTokens).
        return new ServerFeedbackGateway(properties, tokens::current);
    }

    @Bean
    @ConditionalOnProperty(name = "vuoro.kiosk.gateway", havingValue = "in-memory")
    InMemoryFeedbackGateway inMemoryFeedbackGateway() {
        return new InMemoryFeedbackGateway();
    }
}
