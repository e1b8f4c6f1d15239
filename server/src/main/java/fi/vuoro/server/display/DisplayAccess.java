package fi.vuoro.server.display;

import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceRegistry;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may open a site's display: a paired, unrevoked DISPLAY device of that site (its token in the address, as a
 * TV browser cannot log in), or any logged-in staff member checking the screen.
 */
@Component
public class DisplayAccess {

    private final DeviceRegistry devices;

    public DisplayAccess(DeviceRegistry devices) {
        this.devices = devices;
    }

    public boolean allows(String siteId, String token) {
        if (token != null && !token.isBlank()) {
            return devices.findByToken(token)
                    .filter(d -> !d.revoked())
                    .filter(d -> d.kind() == DevicePrincipal.Kind.DISPLAY)
                    .filter(d -> d.siteId().equals(siteId))
                    .isPresent();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)
                && !(auth.getPrincipal() instanceof DevicePrincipal);
    }
}
