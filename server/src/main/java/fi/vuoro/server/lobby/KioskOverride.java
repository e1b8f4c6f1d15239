package fi.vuoro.server.lobby;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Reception's overrides of one kiosk, as {@code GET /api/v1/devices/me/overrides} serves them (nulls included, as
 * the contract shows them).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KioskOverride(boolean staffed, String message, boolean locked, String lockReason) {

    public static final KioskOverride NONE = new KioskOverride(false, null, false, null);
}
