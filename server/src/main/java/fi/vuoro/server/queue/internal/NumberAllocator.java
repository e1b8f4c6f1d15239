package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.OfflineIssuing;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Allocates ticket numbers per service and business day inside the issuing transaction, so a number is taken
 * exactly when the ticket that carries it commits (one for an online issue, a run for a kiosk's offline block).
 * Callers hold the site lock, so the insert of a day's first row does not race.
 */
@Component
class NumberAllocator {

    private final JdbcClient jdbc;

    NumberAllocator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(String serviceId, String prefix, LocalDate day) {
        return OfflineIssuing.format(prefix, reserve(serviceId, day, 1));
    }

    /** Takes the day's next {@code count} numbers of the service; returns the last of them. */
    int reserve(String serviceId, LocalDate day, int count) {
        int updated = jdbc.sql("UPDATE number_counter SET last_value = last_value + ?"
                        + " WHERE service_id = ? AND business_day = ?")
                .params(count, serviceId, day)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO number_counter (service_id, business_day, last_value) VALUES (?, ?, ?)")
                    .params(serviceId, day, count)
                    .update();
        }
        return jdbc.sql("SELECT last_value FROM number_counter WHERE service_id = ? AND business_day = ?")
                .params(serviceId, day)
                .query(Integer.class)
                .single();
    }

    /** Moves every counter of {@code fromDay} onwards ahead by {@code gap}; returns rows moved. */
    int skipAhead(LocalDate fromDay, int gap) {
        return jdbc.sql("UPDATE number_counter SET last_value = last_value + ? WHERE business_day >= ?")
                .params(gap, fromDay)
                .update();
    }
}
