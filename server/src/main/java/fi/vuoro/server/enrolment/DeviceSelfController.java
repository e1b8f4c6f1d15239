package fi.vuoro.server.enrolment;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceRegistry;
import fi.vuoro.server.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/devices/me}: who the calling device is (docs/device-channel.md, "Identity"). Minimal: the
 * serial device settings are {@code null}, so kiosks use their local {@code vuoro.kiosk.*} settings. The full
 * enrolment feature replaces this class with the same path and JSON.
 */
@RestController
@Tag(name = "Devices", description = "The calling device's identity")
class DeviceSelfController {

    private final DeviceRegistry devices;

    DeviceSelfController(DeviceRegistry devices) {
        this.devices = devices;
    }

    @GetMapping(path = "/api/v1/devices/me", produces = "application/json")
    @Operation(summary = "The calling device: id, type, site, name and its serial devices (null = local settings)")
    Me me(Principal principal) {
        var device =
                principal instanceof Authentication auth && auth.getPrincipal() instanceof DevicePrincipal d ? d : null;
        if (device == null) {
            throw new NotFoundException("Only a device has a 'me'; sign in with a device token");
        }
        var name = devices.find(device.deviceId()).map(d -> d.name()).orElse(device.deviceId());
        return new Me(device.deviceId(), device.kind().name(), device.siteId(), name, null, null, null);
    }

    /** Nulls are written: {@code "printer":null} tells the kiosk to use its local settings. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Me(
            String deviceId,
            String type,
            String siteId,
            String name,
            Object printer,
            Object cardReader,
            Object scanner) {}
}
