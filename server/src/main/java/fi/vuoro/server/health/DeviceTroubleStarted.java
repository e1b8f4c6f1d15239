package fi.vuoro.server.health;

import java.time.Instant;

/** A kiosk's component went into trouble (paper out, cover open, reader unplugged…). Published after commit. */
public record DeviceTroubleStarted(
        String siteId, String deviceId, DeviceComponent component, String state, String detail, Instant at) {}
