package fi.vuoro.server.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves sites, services, counters and work profiles. No cache: the database is the source of truth, so an
 * admin's rename shows on the next read everywhere (kiosk services REST, display, counter).
 */
@Component
public class SiteDirectory {

    private final JdbcClient jdbc;

    public SiteDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Site> site(String siteId) {
        return jdbc.sql("SELECT id, name, time_zone, languages FROM site WHERE id = ?")
                .param(siteId)
                .query((rs, i) -> new Site(
                        rs.getString("id"),
                        rs.getString("name"),
                        ZoneId.of(rs.getString("time_zone")),
                        Arrays.asList(rs.getString("languages").split(","))))
                .optional();
    }

    public List<String> siteIds() {
        return jdbc.sql("SELECT id FROM site ORDER BY id").query(String.class).list();
    }

    public List<Service> services(String siteId) {
        return jdbc.sql("SELECT * FROM service WHERE site_id = ? ORDER BY sort_order, id")
                .param(siteId)
                .query(SiteDirectory::service)
                .list();
    }

    public Optional<Service> service(String serviceId) {
        return jdbc.sql("SELECT * FROM service WHERE id = ?")
                .param(serviceId)
                .query(SiteDirectory::service)
                .optional();
    }

    public List<Counter> counters(String siteId) {
        Map<String, List<WorkProfile.Entry>> profiles = new HashMap<>();
        jdbc.sql("""
                SELECT w.counter_id, w.service_id, w.rank_no, w.weight FROM work_profile_entry w
                JOIN counter c ON c.id = w.counter_id WHERE c.site_id = ? ORDER BY w.rank_no, w.service_id""").param(siteId).query(rs -> {
            profiles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new WorkProfile.Entry(rs.getString(2), rs.getInt(3), rs.getInt(4)));
        });
        return jdbc.sql("SELECT id, site_id, name, is_open FROM counter WHERE site_id = ? ORDER BY id")
                .param(siteId)
                .query((rs, i) -> new Counter(
                        rs.getString("id"),
                        rs.getString("site_id"),
                        rs.getString("name"),
                        rs.getBoolean("is_open"),
                        new WorkProfile(profiles.getOrDefault(rs.getString("id"), List.of()))))
                .list();
    }

    public Optional<Counter> counter(String counterId) {
        Optional<String> siteId = jdbc.sql("SELECT site_id FROM counter WHERE id = ?")
                .param(counterId)
                .query(String.class)
                .optional();
        return siteId.flatMap(
                s -> counters(s).stream().filter(c -> c.id().equals(counterId)).findFirst());
    }

    /** Inserts the site, or updates its name, zone and languages; the change sequence is kept. */
    @Transactional
    public void saveSite(Site site) {
        int updated = jdbc.sql("UPDATE site SET name = ?, time_zone = ?, languages = ? WHERE id = ?")
                .params(site.name(), site.timeZone().getId(), String.join(",", site.languages()), site.id())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO site (id, name, time_zone, languages) VALUES (?, ?, ?, ?)")
                    .params(site.id(), site.name(), site.timeZone().getId(), String.join(",", site.languages()))
                    .update();
        }
    }

    @Transactional
    public void saveService(Service s) {
        Object[] values = {
            s.siteId(),
            s.prefix(),
            s.names().get("fi"),
            s.names().get("sv"),
            s.names().get("en"),
            s.whereToGo().get("fi"),
            s.whereToGo().get("sv"),
            s.whereToGo().get("en"),
            (int) s.targetWait().toSeconds(),
            (int) s.typicalServiceTime().toSeconds(),
            s.greetPersonally(),
            s.opensAt() == null ? null : Time.valueOf(s.opensAt()),
            s.closesAt() == null ? null : Time.valueOf(s.closesAt()),
            s.sortOrder(),
            s.active(),
            String.join(",", new TreeSet<>(s.allowedPriorityReasons())),
            s.id()
        };
        int updated = jdbc.sql("""
                UPDATE service SET site_id = ?, prefix = ?, name_fi = ?, name_sv = ?, name_en = ?, where_fi = ?,
                where_sv = ?, where_en = ?, target_wait_seconds = ?, typical_service_seconds = ?,
                greet_personally = ?, opens_at = ?, closes_at = ?, sort_order = ?, active = ?, priority_reasons = ?
                WHERE id = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO service (site_id, prefix, name_fi, name_sv, name_en, where_fi, where_sv, where_en,
                    target_wait_seconds, typical_service_seconds, greet_personally, opens_at, closes_at,
                    sort_order, active, priority_reasons, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
    }

    /** Inserts or updates the counter and replaces its work profile. */
    @Transactional
    public void saveCounter(Counter c) {
        int updated = jdbc.sql("UPDATE counter SET site_id = ?, name = ?, is_open = ? WHERE id = ?")
                .params(c.siteId(), c.name(), c.open(), c.id())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO counter (site_id, name, is_open, id) VALUES (?, ?, ?, ?)")
                    .params(c.siteId(), c.name(), c.open(), c.id())
                    .update();
        }
        jdbc.sql("DELETE FROM work_profile_entry WHERE counter_id = ?")
                .param(c.id())
                .update();
        for (WorkProfile.Entry e : c.workProfile().entries()) {
            jdbc.sql("INSERT INTO work_profile_entry (counter_id, service_id, rank_no, weight) VALUES (?, ?, ?, ?)")
                    .params(c.id(), e.serviceId(), e.rank(), e.weight())
                    .update();
        }
    }

    /** @return false when no such counter exists */
    @Transactional
    public boolean setCounterOpen(String counterId, boolean open) {
        return jdbc.sql("UPDATE counter SET is_open = ? WHERE id = ?")
                        .params(open, counterId)
                        .update()
                == 1;
    }

    private static Service service(ResultSet rs, int row) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        for (String lang : List.of("fi", "sv", "en")) {
            names.put(lang, rs.getString("name_" + lang));
            String w = rs.getString("where_" + lang);
            if (w != null) {
                where.put(lang, w);
            }
        }
        return new Service(
                rs.getString("id"),
                rs.getString("site_id"),
                rs.getString("prefix"),
                names,
                where,
                Duration.ofSeconds(rs.getInt("target_wait_seconds")),
                Duration.ofSeconds(rs.getInt("typical_service_seconds")),
                rs.getBoolean("greet_personally"),
                localTime(rs.getTime("opens_at")),
                localTime(rs.getTime("closes_at")),
                rs.getInt("sort_order"),
                rs.getBoolean("active"),
                reasons(rs.getString("priority_reasons")));
    }

    private static Set<String> reasons(String csv) {
        return csv == null || csv.isBlank() ? Set.of() : Set.of(csv.split(","));
    }

    private static LocalTime localTime(Time t) {
        return t == null ? null : t.toLocalTime();
    }
}
