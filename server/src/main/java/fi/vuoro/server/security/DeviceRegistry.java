package fi.vuoro.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Paired kiosks and displays, found by the hash of the token they present. */
@Repository
public class DeviceRegistry {

    /** Last-seen is a health hint, not an audit trail: one write per device per minute is plenty. */
    private static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

    private static final String COLUMNS = "id, site_id, kind, name, revoked, last_seen_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    /** When this node last wrote each device's last-seen time: a kiosk's every request need not run the update. */
    private final Map<String, Instant> markedAt = new ConcurrentHashMap<>();

    DeviceRegistry(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Registers a device with the given token (only its hash is kept) unless the id exists; true if created. */
    public boolean registerIfAbsent(String id, String siteId, DevicePrincipal.Kind kind, String name, String token) {
        if (find(id).isPresent()) {
            return false;
        }
        jdbc.sql("insert into device (id, site_id, kind, name, token_hash, revoked, created_at)"
                        + " values (?, ?, ?, ?, ?, false, ?)")
                .params(id, siteId, kind.name(), name, DeviceTokens.hash(token), now())
                .update();
        return true;
    }

    public Optional<Device> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from device where id = ?")
                .param(id)
                .query(DeviceRegistry::map)
                .optional();
    }

    /** The device holding this token, revoked or not; callers decide what revocation means. */
    public Optional<Device> findByToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from device where token_hash = ?")
                .param(DeviceTokens.hash(token))
                .query(DeviceRegistry::map)
                .optional();
    }

    /** Revokes the device: its token hash is deleted, so the token fails from now on; true if it existed. */
    public boolean revoke(String id) {
        return jdbc.sql("update device set revoked = true, token_hash = null where id = ?")
                        .param(id)
                        .update()
                == 1;
    }

    /** Every device, by site and name. */
    public List<Device> list() {
        return jdbc.sql("select " + COLUMNS + " from device order by site_id, name, id")
                .query(DeviceRegistry::map)
                .list();
    }

    /**
     * Creates a device that holds no token yet (it gets one with {@link #issueToken}), or, when the id exists,
     * moves it to this site, kind and name, revokes its old token and keeps its configuration.
     */
    public void prepare(String id, String siteId, DevicePrincipal.Kind kind, String name) {
        int updated = jdbc.sql("update device set site_id = ?, kind = ?, name = ?, token_hash = null, revoked = false"
                        + " where id = ?")
                .params(siteId, kind.name(), name, id)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into device (id, site_id, kind, name, token_hash, revoked, created_at)"
                            + " values (?, ?, ?, ?, null, false, ?)")
                    .params(id, siteId, kind.name(), name, now())
                    .update();
        }
    }

    /** Gives an unrevoked device a new token (only its hash is kept) and returns the token; empty if none. */
    public Optional<String> issueToken(String id) {
        String token = DeviceTokens.issue();
        int updated = jdbc.sql("update device set token_hash = ? where id = ? and not revoked")
                .params(DeviceTokens.hash(token), id)
                .update();
        return updated == 1 ? Optional.of(token) : Optional.empty();
    }

    /** Ids of devices that are paired but have not picked up their token yet. */
    public Set<String> awaitingToken() {
        return Set.copyOf(jdbc.sql("select id from device where token_hash is null and not revoked")
                .query(String.class)
                .list());
    }

    public boolean rename(String id, String name) {
        return jdbc.sql("update device set name = ? where id = ?")
                        .params(name, id)
                        .update()
                == 1;
    }

    /** Records that the device authenticated, at most once per {@link #LAST_SEEN_RESOLUTION}. */
    public void markSeen(String id) {
        var now = clock.instant();
        var marked = markedAt.get(id);
        if (marked != null && !now.isBefore(marked) && now.isBefore(marked.plus(LAST_SEEN_RESOLUTION))) {
            return;
        }
        markedAt.put(id, now);
        jdbc.sql("update device set last_seen_at = ? where id = ? and (last_seen_at is null or last_seen_at < ?)")
                .params(
                        now.atOffset(ZoneOffset.UTC),
                        id,
                        now.minus(LAST_SEEN_RESOLUTION).atOffset(ZoneOffset.UTC))
                .update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Device map(ResultSet rs, int row) throws SQLException {
        var lastSeen = rs.getObject("last_seen_at", OffsetDateTime.class);
        return new Device(
                rs.getString("id"),
                rs.getString("site_id"),
                DevicePrincipal.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getBoolean("revoked"),
                lastSeen == null ? null : lastSeen.toInstant());
    }
}
