package fi.vuoro.kiosk.offline;

import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.server.ServerQueueGateway;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
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
            @Value("${vuoro.kiosk.data-dir:${user.home}/.vuoro/kiosk}") Path dataDir) {
        var client = new BlockClient(kiosk, deviceToken(kiosk, dataDir.toAbsolutePath()));
        return new OfflineSync(server, store, client, offline.blockSize(), offline.syncInterval());
    }

    /** A token stored by pairing ({@code device-token} in the data directory) wins over the configured one. */
    static Supplier<String> deviceToken(KioskProperties kiosk, Path dataDir) {
        var stored = dataDir.resolve("device-token");
        return () -> {
            try {
                if (Files.isRegularFile(stored)) {
                    var token = Files.readString(stored, StandardCharsets.UTF_8).strip();
                    if (!token.isEmpty()) return token;
                }
            } catch (IOException e) {
                // Unreadable: fall back to the configured token; the server answers 401 if that is wrong.
            }
            return kiosk.deviceToken();
        };
    }
}
