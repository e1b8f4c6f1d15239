package fi.vuoro.kiosk.server;

import fi.vuoro.kiosk.KioskProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the gateway by {@code vuoro.kiosk.gateway}: the real server unless told otherwise. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty(name = "vuoro.kiosk.gateway", havingValue = "server", matchIfMissing = true)
    ServerQueueGateway serverQueueGateway(KioskProperties properties) {
        return new ServerQueueGateway(properties);
    }

    @Bean
    @ConditionalOnProperty(name = "vuoro.kiosk.gateway", havingValue = "in-memory")
    InMemoryQueueGateway inMemoryQueueGateway(Clock clock) {
        return new InMemoryQueueGateway(clock);
    }
}
