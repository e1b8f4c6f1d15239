package fi.vuoro.kiosk.server;

import java.util.Map;

/**
 * A service tile: names per language code and the live figures.
 *
 * @param location where to go, per language code; may be empty when the server does not say
 * @param estimatedWaitSeconds estimate for a ticket taken now; -1 when the server has none
 */
public record ServiceOption(
        String id,
        Map<String, String> names,
        Map<String, String> location,
        int waiting,
        long estimatedWaitSeconds,
        boolean open) {

    public ServiceOption {
        names = Map.copyOf(names);
        location = Map.copyOf(location);
    }

    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("fi", id));
    }

    /** Where to go in the visitor's language, or null when unknown. */
    public String locationIn(String language) {
        return location.getOrDefault(language, location.get("fi"));
    }

    public ServiceOption withFigures(int waiting, long estimatedWaitSeconds, boolean open) {
        return new ServiceOption(id, names, location, waiting, estimatedWaitSeconds, open);
    }
}
