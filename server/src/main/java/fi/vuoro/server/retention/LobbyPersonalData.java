package fi.vuoro.server.retention;

import static fi.vuoro.server.retention.QueuePersonalData.sqlPurge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The personal data in the reception (lobby) and appointment tables (V4_5, V5_0), purged with plain SQL like {@link
 * QueuePersonalData}. Kept for statistics: help requests' reason, status, kiosk, language and times; greet entries'
 * times and who greeted; alerts' kind, rating facts (the same rating and reason codes the feedback table keeps) and
 * times. Reception's tables hold no visitor names: only what is purged here points at a person.
 */
@Configuration(proxyBeanMethods = false)
class LobbyPersonalData {

    /**
     * Booked appointments: the visitor's name, accessibility need, VIP flag and the hash of their card. The row goes
     * once the appointment is past the period (the ticket it became keeps the statistics).
     */
    @Bean
    PersonalDataHolder appointments(JdbcClient jdbc) {
        return sqlPurge(
                jdbc, "appointments", RetentionPeriod.APPOINTMENT, "delete from appointment where starts_at < ?");
    }

    /** What the visitor did at the kiosk before asking for help (trail and last step): their path, not a statistic. */
    @Bean
    PersonalDataHolder helpRequestTrails(JdbcClient jdbc) {
        return sqlPurge(
                jdbc,
                "help-request-trails",
                RetentionPeriod.VISIT,
                "update help_request set trail = null, step = null"
                        + " where requested_at < ? and (trail is not null or step is not null)");
    }

    /** Why a visitor was to be greeted: may say VIP or an accessibility need (health data). */
    @Bean
    PersonalDataHolder greetReasons(JdbcClient jdbc) {
        return sqlPurge(
                jdbc,
                "greet-reasons",
                RetentionPeriod.VISIT,
                "update greet_entry set reasons = '' where added_at < ? and reasons <> ''");
    }

    /**
     * What staff wrote when resolving an alert about a visitor (free text). Device alerts keep theirs: they are
     * about a kiosk, not a person.
     */
    @Bean
    PersonalDataHolder alertResolutions(JdbcClient jdbc) {
        return sqlPurge(
                jdbc,
                "alert-resolutions",
                RetentionPeriod.VISIT,
                "update lobby_alert set resolution = null"
                        + " where raised_at < ? and visit_id is not null and resolution is not null");
    }
}
