package fi.vuoro.kiosk.server;

import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.pairing.DeviceTokens;
import fi.vuoro.kiosk.pairing.KioskPairing;
import fi.vuoro.kiosk.pairing.PairingClient;
import fi.vuoro.kiosk.pairing.TokenStore;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the gateway by {@code vuoro.kiosk.gateway}: the real server unless told otherwise. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    DeviceTokens deviceTokens(KioskProperties properties) {
        return new DeviceTokens(new TokenStore(properties.dataDirectory()), properties.deviceToken());
    }

    @Bean(destroyMethod = "close")
    KioskPairing kioskPairing(KioskProperties properties, DeviceTokens tokens, Clock clock) {
        return new KioskPairing(
                new PairingClient(properties.serverUrl(), properties.timeouts().request()), tokens, clock);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty(name = "vuoro.kiosk.gateway", havingValue = "server", matchIfMissing = true)
    ServerQueueGateway serverQueueGateway(KioskProperties properties, DeviceTokens tokens, KioskPairing pairing) {
        var gateway = new ServerQueueGateway(properties, tokens::current);
        tokens.onChange(gateway::tokenChanged);
        gateway.onUnauthorized(() -> {
            tokens.forget();
            pairing.start();
        });
        // A kiosk with no token (none configured, none stored) pairs first.
        pairing.start();
        return gateway;
    }

    @Bean
    @ConditionalOnProperty(name = "vuoro.kiosk.gateway", havingValue = "in-memory")
    InMemoryQueueGateway inMemoryQueueGateway(Clock clock) {
        return new InMemoryQueueGateway(clock);
    }
}
