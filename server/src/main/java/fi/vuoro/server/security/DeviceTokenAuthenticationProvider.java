package fi.vuoro.server.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Authenticates a bearer token against the device registry. Unknown and revoked tokens fail alike. */
class DeviceTokenAuthenticationProvider implements AuthenticationProvider {

    private final DeviceRegistry devices;

    DeviceTokenAuthenticationProvider(DeviceRegistry devices) {
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var token = (String) authentication.getCredentials();
        if (token == null || token.isBlank()) {
            throw new BadCredentialsException("empty device token");
        }
        var device = devices.findByToken(token)
                .filter(found -> !found.revoked())
                .orElseThrow(() -> new BadCredentialsException("unknown or revoked device token"));
        devices.markSeen(device.id());
        return DeviceTokenAuthentication.authenticated(device.principal());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return DeviceTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
