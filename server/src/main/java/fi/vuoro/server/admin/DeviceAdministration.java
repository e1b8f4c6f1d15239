package fi.vuoro.server.admin;

import fi.vuoro.server.enrolment.DeviceConfig;
import fi.vuoro.server.enrolment.DeviceManagement;
import fi.vuoro.server.enrolment.DeviceTestResult;
import fi.vuoro.server.enrolment.DeviceTests;
import fi.vuoro.server.enrolment.EnrolmentException;
import fi.vuoro.server.enrolment.Pairings;
import fi.vuoro.server.security.Device;
import fi.vuoro.server.security.DevicePrincipal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Kiosks and displays for the admin views: pair by code, configure, test, revoke; each action is audited. */
@Component
public class DeviceAdministration {

    private final Pairings pairings;
    private final DeviceManagement devices;
    private final DeviceTests tests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeviceAdministration(
            Pairings pairings,
            DeviceManagement devices,
            DeviceTests tests,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pairings = pairings;
        this.devices = devices;
        this.tests = tests;
        this.events = events;
        this.clock = clock;
    }

    public List<Device> devices() {
        return devices.devices();
    }

    public Set<String> awaitingToken() {
        return devices.awaitingToken();
    }

    public int openSessions(String deviceId) {
        return devices.openSessions(deviceId);
    }

    public DeviceConfig config(String deviceId) {
        return devices.config(deviceId);
    }

    /**
     * Pairs the device showing {@code code}. With {@code replaceDeviceId} the existing device is re-paired (rotate):
     * its old token stops working and its sessions are closed, its configuration stays.
     */
    public Device pair(
            String actor, String code, String siteId, DevicePrincipal.Kind kind, String name, String replaceDeviceId) {
        try {
            if (replaceDeviceId != null && devices.device(replaceDeviceId).isPresent()) {
                // fail on a bad code before the old token is cut off
                if (pairings.requestedKind(code).isEmpty()) {
                    throw new AdminValidationException("code", "enrolment.error.codeUnknown");
                }
                devices.revoke(replaceDeviceId);
            }
            Device device = pairings.approve(code, siteId, kind, name, replaceDeviceId);
            performed(
                    actor,
                    "DEVICE_PAIRED",
                    device.id(),
                    device.kind() + " " + device.name() + " at " + device.siteId());
            return device;
        } catch (EnrolmentException e) {
            throw new AdminValidationException(e.field(), e.messageKey());
        }
    }

    public Optional<DevicePrincipal.Kind> requestedKind(String code) {
        return pairings.requestedKind(code);
    }

    public void saveConfig(String actor, String deviceId, DeviceConfig config) {
        var problems = devices.saveConfig(deviceId, config);
        AdminValidationException.throwIfAny(problems.stream()
                .map(p -> new FieldProblem(p.field(), p.messageKey()))
                .toList());
        performed(actor, "DEVICE_CONFIGURED", deviceId, config.toString());
    }

    public void revoke(String actor, String deviceId) {
        if (devices.revoke(deviceId)) {
            performed(actor, "DEVICE_REVOKED", deviceId, "");
        }
    }

    public String runTest(String actor, String deviceId, DeviceTests.Test test, Consumer<DeviceTestResult> listener) {
        performed(actor, "DEVICE_TEST", deviceId, test.name());
        return tests.run(deviceId, test, listener);
    }

    private void performed(String actor, String action, String target, String details) {
        events.publishEvent(new AdminActionPerformed(actor, action, target, details, clock.instant()));
    }
}
