package fi.vuoro.server.site;

import java.time.ZoneId;
import java.util.List;

/** A place with a queue: a health centre, a lab, a service point. Business days follow {@link #timeZone()}. */
public record Site(String id, String name, ZoneId timeZone, List<String> languages) {

    public Site {
        languages = List.copyOf(languages);
    }
}
