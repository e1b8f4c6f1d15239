package fi.vuoro.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.audit.AuditLog;
import fi.vuoro.server.audit.AuditQuery;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seeds visits 100, 40 and 1 days old with notes and appointment data through the real engine, runs the purge, and
 * checks that nothing personal older than its limit (notes 30 days, appointments 90) is left while the statistics
 * (tickets, waits, services, outcomes) are unchanged.
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
        assertThat(count("select count(*) from visit_note")).isEqualTo(6);

        var run = job.runNow("admin");

        var visitCutoff = now.minus(Duration.ofDays(30));
        var appointmentCutoff = now.minus(Duration.ofDays(90));
        assertThat(count("select count(*) from visit_note where occurred_at < ?", visitCutoff))
                .as("notes older than 30 days")
                .isZero();
        assertThat(count("select count(*) from visit_note"))
                .as("the recent visit keeps its notes")
                .isEqualTo(2);
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

        assertThat(run.items())
                .extracting(PurgeRun.Item::kind, PurgeRun.Item::purged)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("visit-notes", 4L),
                        org.assertj.core.groups.Tuple.tuple("ticket-appointments", 1L),
                        org.assertj.core.groups.Tuple.tuple("audit-log", 0L));
        assertThat(job.recentRuns(1)).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(run.id());
            assertThat(saved.triggeredBy()).isEqualTo("admin");
            assertThat(saved.items()).isEqualTo(run.items());
        });
        assertThat(audit.search(new AuditQuery("admin", null, now, null, 10))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("RETENTION_PURGE");
            assertThat(e.details()).contains("visit-notes=4", "ticket-appointments=1");
        });

        var again = job.runNow("system");
        assertThat(again.total()).as("a second run finds nothing").isZero();
    }

    /** One visit: an appointment ticket, two notes, served and completed. */
    private void visit(String site, String label) {
        var ticket = queue.issue(new IssueRequest(
                site,
                site + "-lab",
                "fi",
                null,
                null,
                "APPT-" + label,
                clock.instant().plus(Duration.ofMinutes(5)),
                UUID.randomUUID().toString(),
                "reception"));
        queue.addNote(ticket.id(), "Visitor Maija Meikäläinen, tel 040 123 4567 (" + label + ")", "reception");
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

    private long count(String sql, Instant... cutoff) {
        var spec = jdbc.sql(sql);
        for (var instant : cutoff) {
            spec = spec.param(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
        return spec.query(Long.class).single();
    }
}
