package fi.vuoro.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.admin.AdminActionPerformed;
import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.system.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/** The audit log over the real stack: staff queue actions, logins, admin actions, and the CSV export. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:audit-log;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@Import(QueueTestSupport.Config.class)
class AuditLogTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MutableClock clock;

    @Test
    void queueActionsRecordTheStaffMemberAndTheVisit() throws Exception {
        var kiosk = "Bearer " + DemoCredentials.KIOSK_TOKEN;
        var counter = basic("counter", DemoCredentials.PASSWORD);
        var issued = send("POST", "/api/v1/sites/demo/tickets", kiosk, "{\"serviceId\":\"lab\",\"language\":\"fi\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        var ticket = JsonMapper.builder().build().readTree(issued.body());
        var ticketId = ticket.get("id").asString();
        var visitId = ticket.get("visitId").asString();
        assertThat(send("POST", "/api/v1/counters/lab-1/call/" + ticketId, counter, "{}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/tickets/" + ticketId + "/start", counter, "{}")
                        .statusCode())
                .isEqualTo(200);

        var entries = audit.search(new AuditQuery(null, visitId, null, null, 100));

        assertThat(entries)
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::ticketId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SERVICE_STARTED", "counter", ticketId),
                        org.assertj.core.groups.Tuple.tuple("TICKET_CALLED", "counter", ticketId),
                        org.assertj.core.groups.Tuple.tuple("TICKET_ISSUED", DemoCredentials.KIOSK_ID, ticketId));
        assertThat(entries.get(1).details()).isEqualTo("counter=lab-1");
        assertThat(audit.search(new AuditQuery("counter", visitId, null, null, 100)))
                .hasSize(2);
    }

    @Test
    void closingAndOpeningACounterNameWhoDidIt() throws Exception {
        var counter = basic("counter", DemoCredentials.PASSWORD);
        assertThat(send("POST", "/api/v1/counters/desk-1/close", counter, "{}").statusCode())
                .isEqualTo(204);
        assertThat(send("POST", "/api/v1/counters/desk-1/open", counter, "{}").statusCode())
                .isEqualTo(204);

        assertThat(audit.search(new AuditQuery("counter", null, null, null, 100)))
                .filteredOn(e -> "counter=desk-1".equals(e.details()))
                .extracting(AuditEntry::action)
                .containsExactly("COUNTER_OPENED", "COUNTER_CLOSED");
    }

    @Test
    void loginsFailedLoginsAndAdminActionsAreRecorded() {
        var before = clock.instant();
        send("GET", "/api/v1/sites/demo/queue", basic("reception", "wrong-password"), null);
        events.publishEvent(
                new AdminActionPerformed("admin", "device_revoked", "demo-kiosk-9", "token revoked", clock.instant()));

        var entries = audit.search(new AuditQuery(null, null, before, null, 100));

        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("LOGIN_FAILED");
            assertThat(e.actor()).isEqualTo("reception");
            assertThat(e.details()).startsWith("channel=basic address=");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ADMIN_DEVICE_REVOKED");
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.target()).isEqualTo("demo-kiosk-9");
        });
    }

    @Test
    void csvExportIsForAdminsAndEscapesProperly() {
        clock.advance(Duration.ofMinutes(1));
        var from = clock.instant();
        events.publishEvent(new AdminActionPerformed(
                "admin", "service_renamed", "=lab", "was \"Lab\", now \"Laboratory\"\nsecond line", from));
        clock.advance(Duration.ofMinutes(1));
        var to = clock.instant();

        var csv =
                send("GET", "/api/v1/audit?from=" + from + "&to=" + to, basic("admin", DemoCredentials.PASSWORD), null);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body())
                .isEqualTo(AuditCsv.HEADER + "\r\n" + from + ",admin,ADMIN_SERVICE_RENAMED,,,,'=lab,"
                        + "\"was \"\"Lab\"\", now \"\"Laboratory\"\"\nsecond line\"\r\n");
        // The export itself is audited.
        assertThat(audit.search(new AuditQuery("admin", null, to, null, 10)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("AUDIT_EXPORTED"));

        assertThat(send("GET", "/api/v1/audit", basic("reception", DemoCredentials.PASSWORD), null)
                        .statusCode())
                .isEqualTo(403);
        var bad = send("GET", "/api/v1/audit?from=yesterday", basic("admin", DemoCredentials.PASSWORD), null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'from' must be an ISO date");
        var dates = send(
                "GET", "/api/v1/audit?from=2026-11-23&to=2026-11-23", basic("admin", DemoCredentials.PASSWORD), null);
        assertThat(dates.statusCode()).isEqualTo(200);
        assertThat(dates.body()).startsWith(AuditCsv.HEADER);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
