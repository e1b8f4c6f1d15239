package fi.vuoro.server.site;

import java.time.Instant;

/**
 * An admin changed what a site's clients show: its services, the site itself, its counters, or its ticket layout.
 * Published after the change is saved; the messaging feature relays it to {@code /topic/site.{siteId}.config} and
 * screens in this JVM re-read what they show.
 */
public record SiteConfigurationChanged(String siteId, Kind kind, Instant at) {

    public enum Kind {
        SERVICES,
        SITE,
        COUNTERS,
        LAYOUT
    }
}
