package fi.vuoro.server.queue.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Allocates ticket numbers per service and business day inside the issuing transaction, so a number is taken
 * exactly when the ticket that carries it commits. Callers hold the site lock, so the insert of a day's first row
 * does not race.
 */
@Component
class NumberAllocator {

    private final JdbcClient jdbc;

    NumberAllocator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(String serviceId, String prefix, LocalDate day) {
        int updated = jdbc.sql(
                        "UPDATE number_counter SET last_value = last_value + 1 WHERE service_id = ? AND business_day = ?")
                .params(serviceId, day)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO number_counter (service_id, business_day, last_value) VALUES (?, ?, 1)")
                    .params(serviceId, day)
                    .update();
        }
        int value = jdbc.sql("SELECT last_value FROM number_counter WHERE service_id = ? AND business_day = ?")
                .params(serviceId, day)
                .query(Integer.class)
                .single();
        return format(prefix, value);
    }

    /** A001 … A999, then A1000: the number stays unique even on a very busy day. */
    static String format(String prefix, int value) {
        return prefix + (value < 1000 ? String.format("%03d", value) : Integer.toString(value));
    }

    /** Moves every counter of {@code fromDay} onwards ahead by {@code gap}; returns rows moved. */
    int skipAhead(LocalDate fromDay, int gap) {
        return jdbc.sql("UPDATE number_counter SET last_value = last_value + ? WHERE business_day >= ?")
                .params(gap, fromDay)
                .update();
    }
}
