package fi.vuoro.server.lobby;

import fi.vuoro.server.security.DevicePrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/devices/me/overrides}: a (re)connecting kiosk restores reception's overrides. */
@RestController
class OverridesController {

    private final KioskOverrides overrides;

    OverridesController(KioskOverrides overrides) {
        this.overrides = overrides;
    }

    @GetMapping("/api/v1/devices/me/overrides")
    KioskOverride mine(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof DevicePrincipal device)) {
            throw new AccessDeniedException("Only a kiosk has overrides");
        }
        return overrides.current(device.deviceId());
    }
}
