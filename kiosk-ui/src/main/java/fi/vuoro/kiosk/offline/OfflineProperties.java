package fi.vuoro.kiosk.offline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Offline issuing ({@code vuoro.kiosk.offline.*}). The journal lives in the kiosk's data directory
 * ({@code vuoro.kiosk.data-dir}).
 *
 * @param enabled lease blocks and issue from them when the server is unreachable
 * @param blockSize numbers per leased block; a new block is leased when fewer than half remain
 * @param syncInterval how often the kiosk tops up its blocks and imports what it issued offline
 */
@ConfigurationProperties("vuoro.kiosk.offline")
public record OfflineProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20") int blockSize,
        @DefaultValue("5s") Duration syncInterval) {}
