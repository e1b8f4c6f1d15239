package fi.vuoro.server.health;

/** Some device of the site reported a different state: screens showing health redraw. */
public record DeviceHealthChanged(String siteId, String deviceId) {}
