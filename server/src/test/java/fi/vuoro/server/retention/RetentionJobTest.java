package fi.vuoro.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.appointment.Appointment;
import fi.vuoro.server.appointment.AppointmentBook;
import fi.vuoro.server.audit.AuditLog;
import fi.vuoro.server.audit.AuditQuery;
import fi.vuoro.server.lobby.AlertDetail;
import fi.vuoro.server.lobby.AlertKind;
import fi.vuoro.server.lobby.Alerts;
import fi.vuoro.server.lobby.GreetList;
import fi.vuoro.server.lobby.HelpDesk;
import fi.vuoro.server.lobby.HelpMessage;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seeds visits 100, 40 and 1 days old through the real services (a booked VIP appointment with a card, a ticket with
 * an urgent medical priority, notes, a kiosk help request with its trail, a greet entry, a poor-rating alert resolved
 * with a note, and the audit entries all that writes), runs the purge, and checks table by table that nothing
 * personal older than its limit (visit data 30 days, appointments 90) is left while the statistics (tickets, waits,
 * services, outcomes, ratings, help and greet counts, the audit's who/what/when) are unchanged. A last check makes
 * every table of the schema either a holder of purged personal data or declared free of it, so a new migration's
 * table cannot slip past the register.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1",
            "vuoro.retention.enabled=false" // the daily trigger; runNow is what the test calls
        })
@Import(QueueTestSupport.Config.class)
class RetentionJobTest {

    @Autowired
    RetentionJob job;

    @Autowired
    QueueCommands queue;

    @Autowired
    SiteDirectory sites;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    AppointmentBook appointments;

    @Autowired
    HelpDesk helpDesk;

    @Autowired
    GreetList greetList;

    @Autowired
    Alerts alerts;

    /** Tables with personal data, each purged by the holders named (docs/data-register.md). */
    static final Map<String, List<String>> PERSONAL = Map.of(
            "visit_note", List.of("visit-notes"),
            "ticket", List.of("ticket-appointments"),
            "appointment", List.of("appointments"),
            "help_request", List.of("help-request-trails"),
            "greet_entry", List.of("greet-reasons"),
            "lobby_alert", List.of("alert-resolutions"),
            "audit_event", List.of("audit-visit-links", "audit-log"));

    /** Tables that hold no visitor personal data (configuration, devices, codes, counts, staff accounts). */
    static final Set<String> NOT_VISITOR_DATA = Set.of(
            "site",
            "service",
            "counter",
            "work_profile_entry",
            "visit", // id, site, time
            "number_counter",
            "visit_history", // action codes, staff names, counter and service ids
            "service_time_stat",
            "node_run",
            "staff_user", // staff accounts: removed by an admin
            "staff_user_role",
            "device",
            "number_block",
            "offline_ticket",
            "feedback", // rating 1-5 and reason codes: statistics, no free text
            "arrival", // quoted wait, kiosk id
            "kiosk_override", // staff's message to a kiosk screen
            "device_status",
            "device_status_history",
            "site_opening_hours",
            "site_hours_exception",
            "device_pairing",
            "device_config",
            "ticket_layout",
            "purge_run",
            "purge_run_item",
            "flyway_schema_history");

    @Test
    void personalDataPastItsLimitIsGoneAndStatisticsRemain() {
        var site = QueueTestSupport.newSite(sites);
        visit(site, "100 days ago");
        clock.advance(Duration.ofDays(60));
        visit(site, "40 days ago");
        clock.advance(Duration.ofDays(39));
        visit(site, "1 day ago");
        clock.advance(Duration.ofDays(1));
        var now = clock.instant();
        var statisticsBefore = statistics(site);
        var lobbyStatisticsBefore = lobbyStatistics(site);
        assertThat(count("select count(*) from visit_note")).isEqualTo(12);
        assertThat(count("select count(*) from appointment")).isEqualTo(3);
        assertThat(count("select count(*) from help_request where trail is not null"))
                .isEqualTo(3);
        assertThat(count("select count(*) from greet_entry where reasons like '%ACCESSIBILITY%'"))
                .isEqualTo(3);
        assertThat(count("select count(*) from lobby_alert where resolution is not null"))
                .isEqualTo(3);
        long auditEntries = count("select count(*) from audit_event");
        assertThat(count("select count(*) from audit_event where action = 'PRIORITY_RAISED' and details like"
                        + " '%URGENT_MEDICAL%'"))
                .isEqualTo(3);

        var run = job.runNow("admin");

        var visitCutoff = now.minus(Duration.ofDays(30));
        var appointmentCutoff = now.minus(Duration.ofDays(90));
        assertThat(count("select count(*) from visit_note where occurred_at < ?", visitCutoff))
                .as("notes older than 30 days")
                .isZero();
        assertThat(count("select count(*) from visit_note"))
                .as("the recent visit keeps its notes")
                .isEqualTo(4);
        assertThat(count(
                        "select count(*) from ticket where issued_at < ? and (appointment_reference is not null"
                                + " or appointment_at is not null)",
                        appointmentCutoff))
                .as("appointment data older than 90 days")
                .isZero();
        assertThat(jdbc.sql("select appointment_reference from ticket where site_id = ? and appointment_reference"
                                + " is not null order by issued_at")
                        .param(site)
                        .query(String.class)
                        .list())
                .as("appointments within 90 days stay")
                .containsExactly("APPT-40 days ago", "APPT-1 day ago");
        assertThat(statistics(site)).as("statistics").isEqualTo(statisticsBefore);

        assertThat(count("select count(*) from appointment where starts_at < ?", appointmentCutoff))
                .as("appointments (name, card hash, needs) older than 90 days")
                .isZero();
        assertThat(jdbc.sql("select visitor_name from appointment order by starts_at")
                        .query(String.class)
                        .list())
                .as("appointments within 90 days stay")
                .containsExactly("Maija Meikäläinen (40 days ago)", "Maija Meikäläinen (1 day ago)");
        assertThat(count(
                        "select count(*) from help_request where requested_at < ? and (trail is not null or step is"
                                + " not null)",
                        visitCutoff))
                .as("help request trails older than 30 days")
                .isZero();
        assertThat(jdbc.sql("select trail from help_request where trail is not null")
                        .query(String.class)
                        .single())
                .contains("1 day ago");
        assertThat(count("select count(*) from greet_entry where added_at < ? and reasons <> ''", visitCutoff))
                .as("greet reasons (e.g. an accessibility need) older than 30 days")
                .isZero();
        assertThat(count("select count(*) from greet_entry where reasons like '%ACCESSIBILITY%'"))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from lobby_alert where raised_at < ? and visit_id is not null and resolution"
                                + " is not null",
                        visitCutoff))
                .as("what staff wrote about a visitor's alert, older than 30 days")
                .isZero();
        assertThat(count(
                        "select count(*) from audit_event where occurred_at < ? and (visit_id is not null or ticket_id"
                                + " is not null)",
                        visitCutoff))
                .as("audit entries linked to a visit older than 30 days")
                .isZero();
        assertThat(count(
                        "select count(*) from audit_event where occurred_at < ? and details like '%URGENT_MEDICAL%'",
                        visitCutoff))
                .as("a visitor's medical priority reason in the audit log, older than 30 days")
                .isZero();
        assertThat(count("select count(*) from audit_event where visit_id is not null"))
                .as("the recent visit's audit entries keep their link")
                .isPositive();
        assertThat(count("select count(*) from audit_event where action <> 'RETENTION_PURGE'"))
                .as("the audit keeps who did what and when for its own period")
                .isEqualTo(auditEntries);
        assertThat(lobbyStatistics(site))
                .as("ratings, help and greet counts and times")
                .isEqualTo(lobbyStatisticsBefore);

        assertThat(run.items())
                .extracting(PurgeRun.Item::kind, PurgeRun.Item::purged)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("visit-notes", 8L),
                        org.assertj.core.groups.Tuple.tuple("ticket-appointments", 1L),
                        org.assertj.core.groups.Tuple.tuple("appointments", 1L),
                        org.assertj.core.groups.Tuple.tuple("help-request-trails", 2L),
                        org.assertj.core.groups.Tuple.tuple("greet-reasons", 2L),
                        org.assertj.core.groups.Tuple.tuple("alert-resolutions", 2L),
                        org.assertj.core.groups.Tuple.tuple("audit-log", 0L));
        assertThat(job.recentRuns(1)).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(run.id());
            assertThat(saved.triggeredBy()).isEqualTo("admin");
            assertThat(saved.items()).isEqualTo(run.items());
        });
        assertThat(audit.search(new AuditQuery("admin", null, now, null, 10))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("RETENTION_PURGE");
            assertThat(e.details()).contains("visit-notes=8", "ticket-appointments=1", "appointments=1");
        });

        var again = job.runNow("system");
        assertThat(again.total()).as("a second run finds nothing").isZero();
    }

    @Test
    void everyTableIsEitherPurgedOrDeclaredFreeOfVisitorData() {
        var tables = jdbc.sql("select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC'")
                .query(String.class)
                .set();
        var declared = new java.util.HashSet<>(PERSONAL.keySet());
        declared.addAll(NOT_VISITOR_DATA);
        assertThat(tables)
                .as("a table added by a migration must be registered here and in docs/data-register.md")
                .containsExactlyInAnyOrderElementsOf(declared);
        assertThat(job.kinds())
                .as("every holder the register names is a bean the job runs")
                .containsAll(PERSONAL.values().stream().flatMap(List::stream).toList());
    }

    /**
     * One visit: a VIP appointment with a card and an accessibility need, a help request from a kiosk, its ticket
     * (accessibility priority, so reception greets them) raised to urgent (medical), marked to be greeted, two notes, a
     * poor rating resolved by reception, served and completed.
     */
    private void visit(String site, String label) {
        appointments.save(
                new Appointment(
                        "APPT-" + label,
                        site,
                        site + "-lab",
                        "Maija Meikäläinen (" + label + ")",
                        clock.instant().plus(Duration.ofMinutes(5)),
                        true,
                        "wheelchair",
                        true),
                "a".repeat(64));
        helpDesk.received(
                new DevicePrincipal("kiosk-" + site, site, DevicePrincipal.Kind.KIOSK),
                new HelpMessage(
                        UUID.randomUUID().toString(),
                        "VISITOR",
                        "APPOINTMENT",
                        "fi",
                        List.of("10:02 typed Maija (" + label + ")", "10:03 pressed Talk to a person")));
        var ticket = queue.issue(new IssueRequest(
                site,
                site + "-lab",
                "fi",
                PriorityClass.PRIORITY,
                PriorityReason.ACCESSIBILITY,
                "APPT-" + label,
                clock.instant().plus(Duration.ofMinutes(5)),
                UUID.randomUUID().toString(),
                "reception"));
        queue.addNote(ticket.id(), "Visitor Maija Meikäläinen, tel 040 123 4567 (" + label + ")", "reception");
        queue.raisePriority(ticket.id(), PriorityClass.URGENT, PriorityReason.URGENT_MEDICAL, "reception");
        greetList.markPersonally(ticket.id(), "reception");
        var alert = alerts.raise(
                AlertKind.POOR_RATING,
                site,
                "visit:" + ticket.visitId(),
                ticket.id(),
                ticket.visitId(),
                null,
                AlertDetail.rating(2, List.of("HARD_TO_FIND")));
        alerts.resolve(alert.id(), "Walked Maija to the lab (" + label + ")", "reception");
        clock.advance(Duration.ofMinutes(7));
        queue.call(site + "-c3", ticket.id(), "counter");
        queue.start(ticket.id(), "counter");
        queue.addNote(ticket.id(), "Needs a follow-up (" + label + ")", "counter");
        clock.advance(Duration.ofMinutes(4));
        queue.complete(ticket.id(), "DONE", "counter");
    }

    private List<Map<String, Object>> statistics(String site) {
        return jdbc.sql("select number, service_id, status, outcome, issued_at, called_at, started_at, ended_at,"
                        + " priority, language from ticket where site_id = ? order by issued_at")
                .param(site)
                .query()
                .listOfRows();
    }

    /** What reception's tables keep for statistics: alert kinds and ratings, help reasons, greet times. */
    private List<Map<String, Object>> lobbyStatistics(String site) {
        var rows = new java.util.ArrayList<Map<String, Object>>();
        rows.addAll(jdbc.sql("select kind, detail, raised_at, resolved_at, resolved_by from lobby_alert where site_id"
                        + " = ? order by raised_at")
                .param(site)
                .query()
                .listOfRows());
        rows.addAll(jdbc.sql("select reason, status, language, requested_at from help_request where site_id = ? order"
                        + " by requested_at")
                .param(site)
                .query()
                .listOfRows());
        rows.addAll(jdbc.sql("select ticket_id, added_at, greeted_at from greet_entry where site_id = ? order by"
                        + " added_at")
                .param(site)
                .query()
                .listOfRows());
        return rows;
    }

    private long count(String sql, Instant... cutoff) {
        var spec = jdbc.sql(sql);
        for (var instant : cutoff) {
            spec = spec.param(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
        return spec.query(Long.class).single();
    }
}
