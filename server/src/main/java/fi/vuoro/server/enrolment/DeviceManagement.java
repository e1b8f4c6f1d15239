package fi.vuoro.server.enrolment;

import fi.vuoro.server.messaging.DeviceCommand;
import fi.vuoro.server.messaging.DeviceCommands;
import fi.vuoro.server.messaging.DeviceSessions;
import fi.vuoro.server.security.Device;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The admin side of devices: list, configure (the kiosk is told to re-read), revoke. */
@Service
public class DeviceManagement {

    private final DeviceRegistry devices;
    private final DeviceConfigs configs;
    private final DeviceCommands commands;
    private final DeviceSessions sessions;
    private final Clock clock;

    DeviceManagement(
            DeviceRegistry devices,
            DeviceConfigs configs,
            DeviceCommands commands,
            DeviceSessions sessions,
            Clock clock) {
        this.devices = devices;
        this.configs = configs;
        this.commands = commands;
        this.sessions = sessions;
        this.clock = clock;
    }

    public List<Device> devices() {
        return devices.list();
    }

    /** Paired devices that have not picked up their token yet. */
    public Set<String> awaitingToken() {
        return devices.awaitingToken();
    }

    public Optional<Device> device(String id) {
        return devices.find(id);
    }

    public DeviceConfig config(String deviceId) {
        return configs.find(deviceId);
    }

    /**
     * Validates and saves, then sends {@code CONFIG_CHANGED} so the kiosk re-reads {@code /api/v1/devices/me}.
     *
     * @return the problems; empty when saved
     */
    public List<DeviceConfig.Violation> saveConfig(String deviceId, DeviceConfig config) {
        if (devices.find(deviceId)
                .filter(d -> d.kind() == DevicePrincipal.Kind.KIOSK)
                .isEmpty()) {
            return List.of(new DeviceConfig.Violation("deviceId", "enrolment.error.deviceId"));
        }
        var problems = config.violations();
        if (problems.isEmpty()) {
            configs.save(deviceId, config);
            commands.send(deviceId, new DeviceCommand("CONFIG_CHANGED", Map.of(), clock.instant()));
        }
        return problems;
    }

    /** Deletes the device's token hash and closes its open sessions on this node; false if no such device. */
    public boolean revoke(String deviceId) {
        boolean existed = devices.revoke(deviceId);
        sessions.disconnect(deviceId);
        return existed;
    }

    /** Open STOMP sessions of the device on this node. */
    public int openSessions(String deviceId) {
        return sessions.count(deviceId);
    }
}
