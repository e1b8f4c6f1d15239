package fi.vuoro.server.enrolment;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceRegistry;
import fi.vuoro.server.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/devices/me}: who the calling device is and how its serial devices are set up. */
@RestController
class DeviceSelfController {

    /** Nulls are part of the contract here ("not configured"), so they are written despite the global setting. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Me(
            String deviceId,
            String type,
            String siteId,
            String name,
            DeviceConfig.Printer printer,
            DeviceConfig.Reader cardReader,
            DeviceConfig.Reader scanner) {}

    private final DeviceRegistry devices;
    private final DeviceConfigs configs;

    DeviceSelfController(DeviceRegistry devices, DeviceConfigs configs) {
        this.devices = devices;
        this.configs = configs;
    }

    @GetMapping("/api/v1/devices/me")
    @Operation(summary = "The calling device (bearer token): identity, site and serial device configuration")
    Me me(@AuthenticationPrincipal DevicePrincipal principal) {
        var device = devices.find(principal.deviceId())
                .orElseThrow(() -> new NotFoundException("No such device: " + principal.deviceId()));
        var config = configs.find(device.id());
        return new Me(
                device.id(),
                device.kind().name(),
                device.siteId(),
                device.name(),
                config.printer(),
                config.cardReader(),
                config.scanner());
    }
}
