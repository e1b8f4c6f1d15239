package fi.vuoro.server.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The appointment table: look-ups by reference or by card hash, and the demo's upsert. */
@Repository
public class AppointmentBook {

    private static final String COLUMNS =
            "site_id, reference, service_id, visitor_name, starts_at, vip, accessibility_need, first_visit";

    private final JdbcClient jdbc;
    private final Clock clock;

    AppointmentBook(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Appointment> find(String siteId, String reference) {
        return jdbc.sql("select " + COLUMNS + " from appointment where site_id = ? and reference = ?")
                .params(siteId, reference)
                .query(AppointmentBook::map)
                .optional();
    }

    /** The card holder's next appointment at the site from an hour ago on (a late visitor still checks in). */
    public Optional<Appointment> findByCard(String siteId, String cardHash) {
        return jdbc
                .sql("select " + COLUMNS + " from appointment where site_id = ? and card_hash = ?"
                        + " and starts_at >= ? order by starts_at")
                .params(siteId, cardHash, ts(clock.instant().minusSeconds(3600)))
                .query(AppointmentBook::map)
                .list()
                .stream()
                .findFirst();
    }

    /** Inserts or replaces one appointment (demo data and tests). */
    public void save(Appointment a, String cardHash) {
        jdbc.sql("delete from appointment where site_id = ? and reference = ?")
                .params(a.siteId(), a.reference())
                .update();
        jdbc.sql("insert into appointment (" + COLUMNS + ", card_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.siteId(),
                        a.reference(),
                        a.serviceId(),
                        a.visitorName(),
                        ts(a.at()),
                        a.vip(),
                        a.accessibilityNeed(),
                        a.firstVisit(),
                        cardHash)
                .update();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Appointment map(ResultSet rs, int row) throws SQLException {
        return new Appointment(
                rs.getString("reference"),
                rs.getString("site_id"),
                rs.getString("service_id"),
                rs.getString("visitor_name"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("vip"),
                rs.getString("accessibility_need"),
                rs.getObject("first_visit", Boolean.class));
    }
}
