package fi.vuoro.server.health;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

/** One line per device for staff screens: what is wrong (or OK) and when it was last heard from. */
public final class HealthText {

    private HealthText() {}

    public static String summary(Component c, DeviceState d, Instant now) {
        if (!d.reported()) {
            return c.getTranslation("health.neverReported");
        }
        var parts = new ArrayList<String>();
        parts.add(c.getTranslation("health.printer") + ": "
                + c.getTranslation("health.state." + d.printer().name()));
        parts.add(c.getTranslation("health.cardReader") + ": "
                + c.getTranslation("health.state." + d.cardReader().name()));
        parts.add(c.getTranslation("health.scanner") + ": "
                + c.getTranslation("health.state." + d.scanner().name()));
        String seen = c.getTranslation("health.lastSeen", ago(d.receivedAt(), now));
        if (d.silentAt(now)) {
            seen = c.getTranslation("health.silent") + " · " + seen;
        }
        return String.join(" · ", parts) + " · " + seen;
    }

    static String ago(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).toSeconds());
        return s < 60 ? s + " s" : s / 60 + " min";
    }
}
