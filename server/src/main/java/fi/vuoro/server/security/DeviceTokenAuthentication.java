package fi.vuoro.server.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A device token, before authentication (principal {@code null}, credentials the raw token) and after (principal a
 * {@link DevicePrincipal}, authority {@code ROLE_KIOSK} or {@code ROLE_DISPLAY}, token erased).
 */
public final class DeviceTokenAuthentication extends AbstractAuthenticationToken {

    private final DevicePrincipal device;
    private String token;

    private DeviceTokenAuthentication(String token) {
        super(List.of());
        this.device = null;
        this.token = token;
        setAuthenticated(false);
    }

    private DeviceTokenAuthentication(DevicePrincipal device) {
        super(List.of(new SimpleGrantedAuthority(roleOf(device.kind()).authority())));
        this.device = device;
        this.token = null;
        setAuthenticated(true);
    }

    public static DeviceTokenAuthentication unauthenticated(String token) {
        return new DeviceTokenAuthentication(token);
    }

    public static DeviceTokenAuthentication authenticated(DevicePrincipal device) {
        return new DeviceTokenAuthentication(device);
    }

    static Role roleOf(DevicePrincipal.Kind kind) {
        return switch (kind) {
            case KIOSK -> Role.KIOSK;
            case DISPLAY -> Role.DISPLAY;
        };
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return device;
    }

    @Override
    public String getName() {
        return device == null ? "" : device.getName();
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        token = null;
    }
}
