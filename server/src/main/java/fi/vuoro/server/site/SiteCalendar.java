package fi.vuoro.server.site;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces a site's {@link OpeningHours}. */
@Component
public class SiteCalendar {

    private final JdbcClient jdbc;

    SiteCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OpeningHours hours(String siteId) {
        Map<DayOfWeek, OpeningHours.Hours> weekly = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("SELECT day_of_week, opens_at, closes_at FROM site_opening_hours WHERE site_id = ?")
                .param(siteId)
                .query(rs -> {
                    weekly.put(
                            DayOfWeek.of(rs.getInt(1)),
                            new OpeningHours.Hours(
                                    rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime()));
                });
        List<OpeningHours.Exception> exceptions = new ArrayList<>();
        jdbc.sql(
                        "SELECT on_date, opens_at, closes_at, note FROM site_hours_exception WHERE site_id = ? ORDER BY on_date")
                .param(siteId)
                .query(rs -> {
                    Time opens = rs.getTime(2);
                    Time closes = rs.getTime(3);
                    exceptions.add(new OpeningHours.Exception(
                            rs.getObject(1, LocalDate.class),
                            opens == null || closes == null
                                    ? null
                                    : new OpeningHours.Hours(opens.toLocalTime(), closes.toLocalTime()),
                            rs.getString(4)));
                });
        return new OpeningHours(weekly, exceptions);
    }

    @Transactional
    public void save(String siteId, OpeningHours hours) {
        jdbc.sql("DELETE FROM site_opening_hours WHERE site_id = ?")
                .param(siteId)
                .update();
        jdbc.sql("DELETE FROM site_hours_exception WHERE site_id = ?")
                .param(siteId)
                .update();
        hours.weekly().forEach((day, h) -> jdbc.sql(
                        "INSERT INTO site_opening_hours (site_id, day_of_week, opens_at, closes_at) VALUES (?, ?, ?, ?)")
                .params(siteId, day.getValue(), Time.valueOf(h.opensAt()), Time.valueOf(h.closesAt()))
                .update());
        for (OpeningHours.Exception e : hours.exceptions()) {
            jdbc.sql(
                            "INSERT INTO site_hours_exception (site_id, on_date, opens_at, closes_at, note) VALUES (?, ?, ?, ?, ?)")
                    .params(
                            siteId,
                            e.day(),
                            e.hours() == null ? null : Time.valueOf(e.hours().opensAt()),
                            e.hours() == null ? null : Time.valueOf(e.hours().closesAt()),
                            e.note())
                    .update();
        }
    }
}
