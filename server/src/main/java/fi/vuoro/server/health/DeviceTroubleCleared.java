package fi.vuoro.server.health;

import java.time.Instant;

/** A component that was in trouble reports OK (or not configured) again. Published after commit. */
public record DeviceTroubleCleared(
        String siteId, String deviceId, DeviceComponent component, String state, Instant at) {}
