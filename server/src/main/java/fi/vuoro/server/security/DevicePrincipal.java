package fi.vuoro.server.security;

import java.security.Principal;

/**
 * An authenticated kiosk or display (device token holder). {@link #getName()} is the device id, so STOMP user
 * destinations ({@code /user/queue/...}) address one device.
 */
public record DevicePrincipal(String deviceId, String siteId, Kind kind) implements Principal {

    public enum Kind {
        KIOSK,
        DISPLAY
    }

    @Override
    public String getName() {
        return deviceId;
    }
}
