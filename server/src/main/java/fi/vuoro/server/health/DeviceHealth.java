package fi.vuoro.server.health;

import fi.vuoro.server.security.DevicePrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Device health, the public API: records kiosk status reports, answers the latest state per device and the recent
 * history of changes, and publishes trouble transitions after commit. Only changes are written to the history (a
 * kiosk repeats its state every 30 s), trimmed to {@link #HISTORY_PER_DEVICE} rows per device.
 */
@Service
public class DeviceHealth {

    public static final int HISTORY_PER_DEVICE = 200;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeviceHealth(JdbcClient jdbc, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Stores one report from {@code device}; throws {@code InvalidInputException} for unknown states. */
    @Transactional
    public void report(DevicePrincipal device, StatusReport report) {
        StatusReport.Parsed next = report.parse();
        Instant now = clock.instant();
        Optional<StatusReport.Parsed> previous = jdbc.sql(
                        "select printer, card_reader, scanner, detail, reported_at from device_status where device_id = ?")
                .param(device.deviceId())
                .query((rs, i) -> new StatusReport.Parsed(
                        PrinterState.valueOf(rs.getString(1)),
                        ReaderState.valueOf(rs.getString(2)),
                        ReaderState.valueOf(rs.getString(3)),
                        rs.getString(4),
                        instant(rs, 5)))
                .optional();
        // Same parameters, in the same order, for the first report and every later one.
        jdbc.sql(
                        previous.isEmpty()
                                ? "insert into device_status (site_id, printer, card_reader, scanner, detail,"
                                        + " reported_at, received_at, device_id) values (?, ?, ?, ?, ?, ?, ?, ?)"
                                : "update device_status set site_id = ?, printer = ?, card_reader = ?, scanner = ?,"
                                        + " detail = ?, reported_at = ?, received_at = ? where device_id = ?")
                .params(
                        device.siteId(),
                        next.printer().name(),
                        next.cardReader().name(),
                        next.scanner().name(),
                        next.detail(),
                        utc(next.reportedAt()),
                        utc(now),
                        device.deviceId())
                .update();
        boolean changed = previous.map(p -> !sameStates(p, next)).orElse(true);
        if (changed) {
            appendHistory(device, next, now);
        }
        for (var t : TroubleTransitions.between(previous.orElse(null), next)) {
            events.publishEvent(
                    t.started()
                            ? new DeviceTroubleStarted(
                                    device.siteId(), device.deviceId(), t.component(), t.state(), next.detail(), now)
                            : new DeviceTroubleCleared(
                                    device.siteId(), device.deviceId(), t.component(), t.state(), now));
        }
        // Also on an unchanged report: "last seen" moves on the board.
        events.publishEvent(new DeviceHealthChanged(device.siteId(), device.deviceId()));
    }

    /** Every paired device of the site, reported or not, by name. */
    public List<DeviceState> states(String siteId) {
        return jdbc.sql(SELECT_STATES + " where d.site_id = ? order by d.name, d.id")
                .param(siteId)
                .query(DeviceHealth::state)
                .list();
    }

    /** Every paired device of every site. */
    public List<DeviceState> states() {
        return jdbc.sql(SELECT_STATES + " order by d.site_id, d.name, d.id")
                .query(DeviceHealth::state)
                .list();
    }

    public Optional<DeviceState> state(String deviceId) {
        return jdbc.sql(SELECT_STATES + " where d.id = ?")
                .param(deviceId)
                .query(DeviceHealth::state)
                .optional();
    }

    /** Changes of state, newest first, at most {@code limit}. */
    public List<HistoryEntry> history(String deviceId, int limit) {
        // The stream holds its connection until closed: without try-with-resources every call leaked one.
        try (var rows = jdbc
                .sql("select printer, card_reader, scanner, detail, received_at from device_status_history"
                        + " where device_id = ? order by id desc")
                .param(deviceId)
                .query((rs, i) -> new HistoryEntry(
                        PrinterState.valueOf(rs.getString(1)),
                        ReaderState.valueOf(rs.getString(2)),
                        ReaderState.valueOf(rs.getString(3)),
                        rs.getString(4),
                        instant(rs, 5)))
                .stream()) {
            return rows.limit(Math.max(0, limit)).toList();
        }
    }

    public record HistoryEntry(
            PrinterState printer, ReaderState cardReader, ReaderState scanner, String detail, Instant at) {}

    // The device table belongs to the security package; read-only here so the board lists devices that never
    // reported too.
    private static final String SELECT_STATES = """
            select d.id, d.site_id, d.name, d.kind, d.revoked, s.printer, s.card_reader, s.scanner, s.detail,
                   s.received_at
            from device d left join device_status s on s.device_id = d.id""";

    private void appendHistory(DevicePrincipal device, StatusReport.Parsed next, Instant now) {
        jdbc.sql("insert into device_status_history (device_id, site_id, printer, card_reader, scanner, detail,"
                        + " received_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        device.deviceId(),
                        device.siteId(),
                        next.printer().name(),
                        next.cardReader().name(),
                        next.scanner().name(),
                        next.detail(),
                        utc(now))
                .update();
        // Bounded: keep the newest rows of this device only.
        List<Long> ids = jdbc.sql("select id from device_status_history where device_id = ? order by id desc")
                .param(device.deviceId())
                .query(Long.class)
                .list();
        if (ids.size() > HISTORY_PER_DEVICE) {
            jdbc.sql("delete from device_status_history where device_id = ? and id <= ?")
                    .params(device.deviceId(), ids.get(HISTORY_PER_DEVICE))
                    .update();
        }
    }

    private static boolean sameStates(StatusReport.Parsed a, StatusReport.Parsed b) {
        return a.printer() == b.printer()
                && a.cardReader() == b.cardReader()
                && a.scanner() == b.scanner()
                && java.util.Objects.equals(a.detail(), b.detail());
    }

    private static DeviceState state(ResultSet rs, int row) throws SQLException {
        String printer = rs.getString("printer");
        return new DeviceState(
                rs.getString("id"),
                rs.getString("site_id"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getBoolean("revoked"),
                printer == null ? null : PrinterState.valueOf(printer),
                printer == null ? null : ReaderState.valueOf(rs.getString("card_reader")),
                printer == null ? null : ReaderState.valueOf(rs.getString("scanner")),
                rs.getString("detail"),
                instant(rs, 10));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
