package fi.vuoro.server.offline;

import fi.vuoro.server.queue.OfflineIssuing;
import fi.vuoro.server.queue.OfflineIssuing.NumberRange;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.system.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leases number blocks. The counter bump and the lease row commit together: a block the server forgot cannot
 * exist, and numbers reserved for a lease that failed are only a gap.
 */
@Service
public class NumberBlocks {

    /** A kiosk refills at half a block; more than this many open blocks per service and day means a fault. */
    static final int MAX_BLOCKS_PER_DAY = 50;

    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final OfflineIssuing issuing;
    private final Clock clock;

    NumberBlocks(TransactionTemplate tx, JdbcClient jdbc, OfflineIssuing issuing, Clock clock) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.issuing = issuing;
        this.clock = clock;
    }

    NumberBlock lease(DevicePrincipal device, String serviceId, int size) {
        return tx.execute(status -> {
            NumberRange range = issuing.reserveNumbers(device.siteId(), serviceId, size);
            int leased = jdbc.sql("SELECT COUNT(*) FROM number_block"
                            + " WHERE device_id = ? AND service_id = ? AND service_day = ?")
                    .params(device.deviceId(), range.serviceId(), range.serviceDay())
                    .query(Integer.class)
                    .single();
            if (leased >= MAX_BLOCKS_PER_DAY) {
                throw new ConflictException("Device " + device.deviceId() + " already leased " + leased
                        + " blocks for '" + serviceId + "' today; that is more than a kiosk can use");
            }
            Instant now = clock.instant();
            var block = new NumberBlock(
                    UUID.randomUUID().toString(),
                    device.deviceId(),
                    device.siteId(),
                    range.serviceId(),
                    range.serviceDay(),
                    range.prefix(),
                    range.first(),
                    range.last(),
                    now);
            jdbc.sql("""
                    INSERT INTO number_block (id, device_id, site_id, service_id, service_day, prefix, first_number,
                    last_number, leased_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            block.id(),
                            block.deviceId(),
                            block.siteId(),
                            block.serviceId(),
                            block.serviceDay(),
                            block.prefix(),
                            block.first(),
                            block.last(),
                            now.atOffset(ZoneOffset.UTC))
                    .update();
            return block;
        });
    }

    Optional<NumberBlock> find(String blockId) {
        return jdbc.sql("SELECT * FROM number_block WHERE id = ?")
                .param(blockId)
                .query(NumberBlocks::map)
                .optional();
    }

    private static NumberBlock map(ResultSet rs, int row) throws SQLException {
        return new NumberBlock(
                rs.getString("id"),
                rs.getString("device_id"),
                rs.getString("site_id"),
                rs.getString("service_id"),
                rs.getObject("service_day", java.time.LocalDate.class),
                rs.getString("prefix"),
                rs.getInt("first_number"),
                rs.getInt("last_number"),
                rs.getObject("leased_at", OffsetDateTime.class).toInstant());
    }
}
