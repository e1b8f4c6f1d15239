package fi.vuoro.kiosk.offline;

import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.pairing.DeviceTokens;
import fi.vuoro.kiosk.server.ServerQueueGateway;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With the real server gateway and {@code vuoro.kiosk.offline.enabled} (default), the views get the offline-capable
 * decorator. The journal lives in {@code vuoro.kiosk.data-dir} (default {@code ~/.vuoro/kiosk}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vuoro.kiosk.gateway", havingValue = "server", matchIfMissing = true)
class OfflineConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "vuoro.kiosk.offline.enabled", havingValue = "true", matchIfMissing = true)
    OfflineStore offlineStore(@Value("${vuoro.kiosk.data-dir:${user.home}/.vuoro/kiosk}") Path dataDir, Clock clock) {
        return OfflineStore.open(dataDir.toAbsolutePath(), clock);
    }

    @Bean
    @Primary
    @ConditionalOnProperty(name = "vuoro.kiosk.offline.enabled", havingValue = "true", matchIfMissing = true)
    OfflineQueueGateway offlineQueueGateway(ServerQueueGateway server, OfflineStore store) {
        return new OfflineQueueGateway(server, store);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty(name = "vuoro.kiosk.offline.enabled", havingValue = "true", matchIfMissing = true)
    OfflineSync offlineSync(
            ServerQueueGateway server,
            OfflineStore store,
            KioskProperties kiosk,
            OfflineProperties offline,
            DeviceTokens tokens) {
        // The token from pairing wins over the configured one; a revoked one is forgotten (one source: DeviceTokens).
        var client = new BlockClient(kiosk, tokens::current);
        return new OfflineSync(server, store, client, offline.blockSize(), offline.syncInterval());
    }
}
