package fi.vuoro.server.site;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * A visit reason. {@code names} and {@code whereToGo} are keyed by language code (fi, sv, en). Opening hours are in
 * the site's time zone; both {@code null} means always open. An inactive service is kept (its history stays) but is
 * never open. {@code allowedPriorityReasons} names the priority reasons staff may pick for it; empty means all.
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
        int sortOrder,
        boolean active,
        Set<String> allowedPriorityReasons) {

    public Service {
        names = Map.copyOf(names);
        whereToGo = Map.copyOf(whereToGo);
        allowedPriorityReasons = allowedPriorityReasons == null ? Set.of() : Set.copyOf(allowedPriorityReasons);
    }

    /** An active service that allows every priority reason. */
    public Service(
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
        this(
                id,
                siteId,
                prefix,
                names,
                whereToGo,
                targetWait,
                typicalServiceTime,
                greetPersonally,
                opensAt,
                closesAt,
                sortOrder,
                true,
                Set.of());
    }

    public boolean isOpenAt(LocalTime localTime) {
        if (!active) {
            return false;
        }
        if (opensAt == null || closesAt == null) {
            return true;
        }
        return !localTime.isBefore(opensAt) && localTime.isBefore(closesAt);
    }

    /** Whether staff may give a ticket of this service the named priority reason. */
    public boolean allowsPriorityReason(String reason) {
        return allowedPriorityReasons.isEmpty() || allowedPriorityReasons.contains(reason);
    }
}
