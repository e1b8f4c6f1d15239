package fi.vuoro.server.audit;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vuoro.audit.*}.
 *
 * @param timeZone how dates without a time (the view's date pickers, {@code ?from=2026-11-23}) are read: a day starts at
 *     midnight here, not in UTC
 * @param viewLimit the most entries the admin view lists at once (the CSV export has no limit)
 */
@ConfigurationProperties("vuoro.audit")
public record AuditProperties(
        @DefaultValue("Europe/Helsinki") ZoneId timeZone,
        @DefaultValue("500") int viewLimit) {}
