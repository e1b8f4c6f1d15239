package fi.vuoro.server.site;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

/**
 * A visit reason. {@code names} and {@code whereToGo} are keyed by language code (fi, sv, en). Opening hours are in
 * the site's time zone; both {@code null} means always open.
 */
public record Service(
        String id,
        String siteId,
        String prefix,
        Map<String, String> names,
        Map<String, String> whereToGo,
        Duration targetWait,
        Duration typicalServiceTime,
        boolean greetPersonally,
        LocalTime opensAt,
        LocalTime closesAt,
        int sortOrder) {

    public Service {
        names = Map.copyOf(names);
        whereToGo = Map.copyOf(whereToGo);
    }

    public boolean isOpenAt(LocalTime localTime) {
        if (opensAt == null || closesAt == null) {
            return true;
        }
        return !localTime.isBefore(opensAt) && localTime.isBefore(closesAt);
    }
}
