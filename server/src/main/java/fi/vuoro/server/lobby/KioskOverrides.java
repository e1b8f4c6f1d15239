package fi.vuoro.server.lobby;

import fi.vuoro.server.messaging.DeviceCommand;
import fi.vuoro.server.messaging.DeviceCommands;
import fi.vuoro.server.security.Device;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceRegistry;
import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffed mode, a message and lock/unlock per kiosk. Overrides are state: each change is stored first, then sent as
 * a command; a kiosk that was offline reads the state back from {@code GET /api/v1/devices/me/overrides}.
 */
@Service
public class KioskOverrides {

    static final int MAX_MESSAGE = 300;
    static final int MAX_REASON = 200;

    private final JdbcClient jdbc;
    private final DeviceRegistry devices;
    private final DeviceCommands commands;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KioskOverrides(
            JdbcClient jdbc,
            DeviceRegistry devices,
            DeviceCommands commands,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.devices = devices;
        this.commands = commands;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public KioskOverride current(String deviceId) {
        return jdbc.sql("select staffed, message, locked, lock_reason from kiosk_override where device_id = ?")
                .param(deviceId)
                .query((rs, i) ->
                        new KioskOverride(rs.getBoolean(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .optional()
                .orElse(KioskOverride.NONE);
    }

    @Transactional
    public KioskOverride setStaffed(String deviceId, boolean on, String staff) {
        Device kiosk = kiosk(deviceId);
        KioskOverride now = current(deviceId);
        KioskOverride next = new KioskOverride(on, now.message(), now.locked(), now.lockReason());
        save(kiosk, next, staff);
        send(kiosk, KioskCommandTypes.STAFFED_MODE, Map.of("on", Boolean.toString(on)));
        return next;
    }

    /** A blank text clears the message. */
    @Transactional
    public KioskOverride setMessage(String deviceId, String text, String staff) {
        Device kiosk = kiosk(deviceId);
        String message = text == null || text.isBlank() ? null : text.strip();
        if (message != null && message.length() > MAX_MESSAGE) {
            throw new InvalidInputException("A kiosk message has at most " + MAX_MESSAGE + " characters");
        }
        KioskOverride now = current(deviceId);
        KioskOverride next = new KioskOverride(now.staffed(), message, now.locked(), now.lockReason());
        save(kiosk, next, staff);
        send(kiosk, KioskCommandTypes.MESSAGE, Map.of("text", message == null ? "" : message));
        return next;
    }

    @Transactional
    public KioskOverride lock(String deviceId, String reason, String staff) {
        Device kiosk = kiosk(deviceId);
        String why = reason == null ? "" : HelpDesk.clip(reason, MAX_REASON);
        KioskOverride now = current(deviceId);
        KioskOverride next = new KioskOverride(now.staffed(), now.message(), true, why.isEmpty() ? null : why);
        save(kiosk, next, staff);
        send(kiosk, KioskCommandTypes.LOCK, Map.of("reason", why));
        return next;
    }

    @Transactional
    public KioskOverride unlock(String deviceId, String staff) {
        Device kiosk = kiosk(deviceId);
        KioskOverride now = current(deviceId);
        KioskOverride next = new KioskOverride(now.staffed(), now.message(), false, null);
        save(kiosk, next, staff);
        send(kiosk, KioskCommandTypes.UNLOCK, Map.of("reason", ""));
        return next;
    }

    private Device kiosk(String deviceId) {
        Device device = devices.find(deviceId)
                .filter(d -> !d.revoked())
                .orElseThrow(() -> new NotFoundException("No kiosk '" + deviceId + "'"));
        if (device.kind() != DevicePrincipal.Kind.KIOSK) {
            throw new InvalidInputException("'" + deviceId + "' is not a kiosk");
        }
        return device;
    }

    private void save(Device kiosk, KioskOverride o, String staff) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("update kiosk_override set staffed = ?, message = ?, locked = ?, lock_reason = ?,"
                        + " updated_at = ?, updated_by = ? where device_id = ?")
                .params(o.staffed(), o.message(), o.locked(), o.lockReason(), now, staff, kiosk.id())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into kiosk_override (device_id, staffed, message, locked, lock_reason, updated_at,"
                            + " updated_by) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(kiosk.id(), o.staffed(), o.message(), o.locked(), o.lockReason(), now, staff)
                    .update();
        }
        events.publishEvent(new LobbyChanged(kiosk.siteId()));
    }

    private void send(Device kiosk, String type, Map<String, String> parameters) {
        // Sent inside the transaction on purpose: the state is stored either way, and a kiosk that misses the
        // command (offline, or a rollback after this point) re-reads the stored state when it reconnects.
        commands.send(kiosk.id(), new DeviceCommand(type, parameters, clock.instant()));
    }
}
