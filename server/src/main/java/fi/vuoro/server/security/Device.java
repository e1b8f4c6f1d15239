package fi.vuoro.server.security;

import java.time.Instant;

/** A paired kiosk or display. The token itself is never stored, only its hash. */
public record Device(
        String id, String siteId, DevicePrincipal.Kind kind, String name, boolean revoked, Instant lastSeenAt) {

    public DevicePrincipal principal() {
        return new DevicePrincipal(id, siteId, kind);
    }
}
