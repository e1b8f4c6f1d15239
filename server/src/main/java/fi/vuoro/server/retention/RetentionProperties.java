package fi.vuoro.server.retention;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vuoro.retention.*}. The job's own schedule is {@code vuoro.retention.cron} (default {@code 0 30 3 * * *}, a
 * quiet hour) in {@code vuoro.retention.time-zone}.
 *
 * @param visit personal data of visits
 * @param appointment appointment data
 * @param auditLog the staff audit log
 */
@ConfigurationProperties("vuoro.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30d") Duration visit,
        @DefaultValue("90d") Duration appointment,
        @DefaultValue("365d") Duration auditLog,
        @DefaultValue("0 30 3 * * *") String cron,
        @DefaultValue("Europe/Helsinki") ZoneId timeZone) {

    public RetentionProperties {
        for (var period : new Duration[] {visit, appointment, auditLog}) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("vuoro.retention periods must be positive, got " + period);
            }
        }
    }

    Duration of(RetentionPeriod period) {
        return switch (period) {
            case VISIT -> visit;
            case APPOINTMENT -> appointment;
            case AUDIT -> auditLog;
        };
    }
}
