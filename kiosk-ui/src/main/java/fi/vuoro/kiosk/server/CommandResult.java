package fi.vuoro.kiosk.server;

import java.util.Map;

/** The answer to a device command, sent on {@code /app/device.result}. */
public record CommandResult(String commandId, boolean ok, String message, Map<String, String> detail) {

    public CommandResult {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }
}
