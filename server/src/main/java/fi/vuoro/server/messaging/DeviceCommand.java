package fi.vuoro.server.messaging;

import java.time.Instant;
import java.util.Map;

/**
 * An instruction for one kiosk or display, e.g. {@code STAFFED_MODE}, {@code MESSAGE}, {@code LOCK}. The command
 * vocabulary belongs to the reception feature; this channel only delivers it.
 */
public record DeviceCommand(String type, Map<String, String> parameters, Instant issuedAt) {

    public DeviceCommand {
        parameters = Map.copyOf(parameters);
    }
}
