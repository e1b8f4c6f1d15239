package fi.vuoro.server.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site's weekly hours (in its time zone) and exceptions for single dates. A day missing from {@code weekly} is a
 * closed day; an exception with no times closes that date.
 */
public record OpeningHours(Map<DayOfWeek, Hours> weekly, List<Exception> exceptions) {

    public OpeningHours {
        weekly = Map.copyOf(weekly);
        exceptions = List.copyOf(exceptions);
    }

    public record Hours(LocalTime opensAt, LocalTime closesAt) {

        public Hours {
            if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
                throw new IllegalArgumentException("opening time must be before closing time");
            }
        }
    }

    /** One date with other hours, or closed when {@code hours} is {@code null}. */
    public record Exception(LocalDate day, Hours hours, String note) {}

    /** The hours that apply on {@code day}, empty when the site is closed then. */
    public Optional<Hours> on(LocalDate day) {
        for (Exception e : exceptions) {
            if (e.day().equals(day)) {
                return Optional.ofNullable(e.hours());
            }
        }
        return Optional.ofNullable(weekly.get(day.getDayOfWeek()));
    }
}
