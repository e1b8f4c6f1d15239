package fi.vuoro.server.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The personal data in the queue engine's tables (V1_0), purged here with plain SQL so the engine stays unaware of
 * retention. Kept: the tickets (number, service, status, every timestamp, outcome, priority class and reason code) and
 * the visit history (action codes, staff user names, counter and service ids): the statistics.
 */
@Configuration(proxyBeanMethods = false)
class QueuePersonalData {

    /** Hand-over notes and "I'm on my way" notes: free text about the visitor. */
    @Bean
    PersonalDataHolder visitNotes(JdbcClient jdbc) {
        return sqlPurge(jdbc, "visit-notes", RetentionPeriod.VISIT, "delete from visit_note where occurred_at < ?");
    }

    /** The appointment reference and booked time a checked-in appointment's ticket carries. */
    @Bean
    PersonalDataHolder ticketAppointments(JdbcClient jdbc) {
        return sqlPurge(
                jdbc,
                "ticket-appointments",
                RetentionPeriod.APPOINTMENT,
                "update ticket set appointment_reference = null, appointment_at = null"
                        + " where issued_at < ? and (appointment_reference is not null"
                        + " or appointment_at is not null)");
    }

    /** A holder whose purge is one SQL statement with the cutoff as its only parameter. */
    static PersonalDataHolder sqlPurge(JdbcClient jdbc, String kind, RetentionPeriod period, String statement) {
        return holder(kind, period, cutoff -> jdbc.sql(statement)
                .param(cutoff.atOffset(ZoneOffset.UTC))
                .update());
    }

    static PersonalDataHolder holder(String kind, RetentionPeriod period, Purge purge) {
        return new PersonalDataHolder() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public RetentionPeriod period() {
                return period;
            }

            @Override
            public int purgeBefore(Instant cutoff) {
                return purge.before(cutoff);
            }

            @Override
            public String toString() {
                return kind;
            }
        };
    }

    @FunctionalInterface
    interface Purge {
        int before(Instant cutoff);
    }
}
