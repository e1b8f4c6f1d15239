package fi.vuoro.server.offline;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.feedback.FeedbackRecorded;
import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.queue.QueueTestSupport.EventRecorder;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceRegistry;
import fi.vuoro.server.security.Role;
import fi.vuoro.server.security.StaffUsers;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Offline number blocks and feedback over real HTTP with real device tokens, against the database the subclass
 * chooses. Every test gets its own site, kiosks and clock position.
 */
abstract class OfflineApiContract {

    @LocalServerPort
    int port;

    @Autowired
    SiteDirectory directory;

    @Autowired
    DeviceRegistry devices;

    @Autowired
    StaffUsers staff;

    @Autowired
    MutableClock clock;

    @Autowired
    EventRecorder queueEvents;

    @Autowired
    FeedbackTestEvents.FeedbackRecorder feedbackEvents;

    DeviceApi api;
    String site;
    String lab;
    String kiosk;
    String otherKiosk;
    String display;
    String foreignKiosk;
    String foreignSite;

    @BeforeEach
    void freshSiteAndDevices() {
        clock.set(QueueTestSupport.START);
        api = new DeviceApi(port);
        site = QueueTestSupport.newSite(directory);
        foreignSite = QueueTestSupport.newSite(directory);
        lab = site + "-lab";
        kiosk = token(site, DevicePrincipal.Kind.KIOSK);
        otherKiosk = token(site, DevicePrincipal.Kind.KIOSK);
        display = token(site, DevicePrincipal.Kind.DISPLAY);
        foreignKiosk = token(foreignSite, DevicePrincipal.Kind.KIOSK);
        staff.createIfAbsent("offline-reception", "Reception", "secret-pass", Set.of(Role.RECEPTION));
    }

    private String token(String siteId, DevicePrincipal.Kind kind) {
        String token = UUID.randomUUID().toString();
        devices.registerIfAbsent(kind.name().toLowerCase() + "-" + token.substring(0, 8), siteId, kind, "test", token);
        return DeviceApi.bearer(token);
    }

    // ---- number blocks -------------------------------------------------------------------------------------------

    private JsonNode lease(String auth, String serviceId, int size) {
        var r = api.post(
                "/api/v1/devices/me/number-blocks",
                auth,
                "{\"serviceId\":\"" + serviceId + "\",\"size\":" + size + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private String issueOnline(String serviceId) {
        var r = api.post("/api/v1/sites/" + site + "/tickets", kiosk, "{\"serviceId\":\"" + serviceId + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("number").asString();
    }

    private static String item(String key, JsonNode block, int number, String serviceId, Instant issuedAt) {
        return "{\"idempotencyKey\":\"" + key + "\",\"blockId\":\""
                + block.get("blockId").asString()
                + "\",\"number\":" + number + ",\"serviceId\":\"" + serviceId + "\",\"language\":\"sv\",\"issuedAt\":\""
                + issuedAt + "\"}";
    }

    private JsonNode importTickets(String auth, String... items) {
        var r = api.post("/api/v1/devices/me/offline-tickets", auth, "{\"tickets\":[" + String.join(",", items) + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("results");
    }

    @Test
    void aLeasedBlockComesFromTheDailyCounterSoOnlineTicketsSkipIt() {
        assertThat(issueOnline(lab)).isEqualTo("L001");
        JsonNode block = lease(kiosk, lab, 20);
        assertThat(block.get("serviceId").asString()).isEqualTo(lab);
        assertThat(block.get("serviceDay").asString()).isEqualTo("2026-11-23");
        assertThat(block.get("timeZone").asString()).as("the site's zone").isEqualTo("Europe/Helsinki");
        assertThat(block.get("prefix").asString()).isEqualTo("L");
        assertThat(block.get("first").asInt()).isEqualTo(2);
        assertThat(block.get("last").asInt()).isEqualTo(21);
        assertThat(block.get("blockId").asString()).isNotBlank();
        assertThat(issueOnline(lab)).isEqualTo("L022");
        JsonNode second = lease(otherKiosk, lab, 5);
        assertThat(second.get("first").asInt()).isEqualTo(23);
        assertThat(second.get("last").asInt()).isEqualTo(27);
    }

    @Test
    void leasingIsForKiosksOfTheServicesSiteWithASensibleSize() {
        String body = "{\"serviceId\":\"" + lab + "\",\"size\":20}";
        assertThat(api.post("/api/v1/devices/me/number-blocks", display, body).status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/devices/me/number-blocks",
                                DeviceApi.basic("offline-reception", "secret-pass"),
                                body)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/devices/me/number-blocks", null, body).status())
                .isEqualTo(401);
        var foreign = api.post("/api/v1/devices/me/number-blocks", foreignKiosk, body);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("detail").asString())
                .contains("No service '" + lab + "' at site '" + foreignSite);
        var zero = api.post("/api/v1/devices/me/number-blocks", kiosk, "{\"serviceId\":\"" + lab + "\",\"size\":0}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("size");
        assertThat(api.post("/api/v1/devices/me/number-blocks", kiosk, "{\"serviceId\":\"" + lab + "\",\"size\":5000}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/devices/me/number-blocks", kiosk, "{\"size\":10}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/devices/me/number-blocks", kiosk, "{not json")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void importedTicketsJoinTheQueueByTheirIssueTimeAndAreAnnounced() {
        JsonNode block = lease(kiosk, lab, 10);
        int first = block.get("first").asInt();
        Instant offlineAt = clock.instant().plus(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(5));
        String online = issueOnline(lab);
        JsonNode results = importTickets(kiosk, item("k-1", block, first, lab, offlineAt));
        assertThat(results.get(0).get("status").asString()).isEqualTo("IMPORTED");
        assertThat(results.get(0).get("idempotencyKey").asString()).isEqualTo("k-1");
        String ticketId = results.get(0).get("ticketId").asString();

        var ticket = api.get("/api/v1/tickets/" + ticketId, kiosk).json();
        assertThat(ticket.get("number").asString()).isEqualTo("L001");
        assertThat(ticket.get("status").asString()).isEqualTo("WAITING");
        assertThat(ticket.get("language").asString()).isEqualTo("sv");
        assertThat(Instant.parse(ticket.get("issuedAt").asString())).isEqualTo(offlineAt);
        // Taken earlier than the online ticket, so it is ahead of it in line.
        assertThat(ticket.get("position").asInt()).isEqualTo(1);
        var queue = api.get("/api/v1/sites/" + site + "/queue", kiosk).json().get("tickets");
        assertThat(queue.get(0).get("number").asString()).isEqualTo("L001");
        assertThat(queue.get(1).get("number").asString()).isEqualTo(online);

        List<QueueEvent> events = queueEvents.awaitOf(
                site,
                e -> e instanceof QueueEvent.TicketIssued && e.ticket().id().equals(ticketId),
                1);
        assertThat(events).hasSize(1);
    }

    @Test
    void aRetryAnswersAlreadyImportedWithTheSameTicketAndAddsNothing() {
        JsonNode block = lease(kiosk, lab, 10);
        int first = block.get("first").asInt();
        Instant at = clock.instant();
        String a = item("r-1", block, first, lab, at);
        String b = item("r-2", block, first + 1, lab, at.plusSeconds(30));
        JsonNode once = importTickets(kiosk, a, b);
        JsonNode again = importTickets(kiosk, a, b);
        for (int i = 0; i < 2; i++) {
            assertThat(once.get(i).get("status").asString()).isEqualTo("IMPORTED");
            assertThat(again.get(i).get("status").asString()).isEqualTo("ALREADY_IMPORTED");
            assertThat(again.get(i).get("ticketId").asString())
                    .isEqualTo(once.get(i).get("ticketId").asString());
        }
        var queue = api.get("/api/v1/sites/" + site + "/queue", kiosk).json().get("tickets");
        assertThat(queue).hasSize(2);
        assertThat(queueEvents.awaitOf(site, e -> e instanceof QueueEvent.TicketIssued, 2))
                .hasSize(2);
    }

    @Test
    void numbersOutsideTheBlockOtherDevicesBlocksOtherDaysAndDuplicatesAreRejectedWithAReason() {
        JsonNode block = lease(kiosk, lab, 5);
        JsonNode othersBlock = lease(otherKiosk, lab, 5);
        JsonNode gpBlock = lease(kiosk, site + "-gp", 5);
        int first = block.get("first").asInt();
        Instant at = clock.instant();
        JsonNode results = importTickets(
                kiosk,
                item("ok", block, first, lab, at),
                item("outside", block, block.get("last").asInt() + 1, lab, at),
                item("others", othersBlock, othersBlock.get("first").asInt(), lab, at),
                item("duplicate", block, first, lab, at),
                item("ok", block, first + 1, lab, at),
                item("service", gpBlock, gpBlock.get("first").asInt(), lab, at),
                item("yesterday", block, first + 2, lab, at.minus(Duration.ofDays(1))),
                item("future", block, first + 3, lab, at.plus(Duration.ofHours(1))),
                "{\"idempotencyKey\":\"unknown\",\"blockId\":\"no-such-block\",\"number\":1,\"serviceId\":\"" + lab
                        + "\",\"issuedAt\":\"" + at + "\"}");
        List<String> statuses = new ArrayList<>();
        results.forEach(r -> statuses.add(r.get("status").asString()));
        assertThat(statuses)
                .containsExactly(
                        "IMPORTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED");
        assertThat(results.get(1).get("message").asString()).contains("outside block");
        assertThat(results.get(2).get("message").asString()).contains("another device");
        assertThat(results.get(3).get("message").asString()).contains("duplicate number");
        assertThat(results.get(4).get("message").asString()).contains("already used for number " + first);
        assertThat(results.get(5).get("message").asString()).contains("is for service");
        assertThat(results.get(6).get("message").asString()).contains("not on 2026-11-23");
        assertThat(results.get(7).get("message").asString()).contains("in the future");
        assertThat(results.get(8).get("message").asString()).contains("Unknown number block");
        assertThat(api.get("/api/v1/sites/" + site + "/queue", kiosk).json().get("tickets"))
                .hasSize(1);

        // The next day, yesterday's block is closed.
        clock.advance(Duration.ofDays(1));
        JsonNode late = importTickets(kiosk, item("late", block, first + 4, lab, clock.instant()));
        assertThat(late.get(0).get("status").asString()).isEqualTo("REJECTED");
        assertThat(late.get(0).get("message").asString()).contains("another day");
    }

    @Test
    void malformedImportsGetAProblemWithTheFieldToFix() {
        var empty = api.post("/api/v1/devices/me/offline-tickets", kiosk, "{\"tickets\":[]}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("tickets");
        var noKey = api.post(
                "/api/v1/devices/me/offline-tickets",
                kiosk,
                "{\"tickets\":[{\"blockId\":\"b\",\"number\":1,\"serviceId\":\"s\",\"issuedAt\":\"2026-11-23T08:00:00Z\"}]}");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.body()).contains("idempotencyKey");
        var badTime = api.post(
                "/api/v1/devices/me/offline-tickets",
                kiosk,
                "{\"tickets\":[{\"idempotencyKey\":\"k\",\"blockId\":\"b\",\"number\":1,\"serviceId\":\"s\","
                        + "\"issuedAt\":\"yesterday\"}]}");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/devices/me/offline-tickets", display, "{\"tickets\":[]}")
                        .status())
                .isEqualTo(403);
    }

    // ---- feedback ------------------------------------------------------------------------------------------------

    @Test
    void feedbackByPrintedNumberIsRecordedOncePerChannelAndAnnouncedAfterCommit() {
        String number = issueOnline(lab);
        var first = api.post(
                "/api/v1/feedback",
                kiosk,
                "{\"number\":\"" + number.toLowerCase()
                        + "\",\"rating\":2,\"reasons\":[\"WAIT_LONG\",\"HARD_TO_FIND\"],"
                        + "\"channel\":\"KIOSK\",\"language\":\"sv\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String id = first.json().get("feedbackId").asString();
        var changedMind = api.post(
                "/api/v1/feedback",
                kiosk,
                "{\"siteId\":\"" + site + "\",\"number\":\"" + number + "\",\"rating\":4,\"channel\":\"KIOSK\"}");
        assertThat(changedMind.status()).as(changedMind.body()).isEqualTo(200);
        assertThat(changedMind.json().get("feedbackId").asString()).isEqualTo(id);
        var byStaff = api.post(
                "/api/v1/feedback",
                DeviceApi.basic("offline-reception", "secret-pass"),
                "{\"siteId\":\"" + site + "\",\"number\":\"" + number + "\",\"rating\":5,\"channel\":\"STAFF\"}");
        assertThat(byStaff.status()).as(byStaff.body()).isEqualTo(201);

        List<FeedbackRecorded> events = feedbackEvents.events.stream()
                .filter(e -> e.siteId().equals(site))
                .toList();
        assertThat(events).extracting(FeedbackRecorded::rating).containsExactly(2, 4, 5);
        assertThat(events.get(0).reasons()).containsExactly("WAIT_LONG", "HARD_TO_FIND");
        assertThat(events.get(0).visitId()).isNotBlank();
        assertThat(events.get(0).ticketId()).isNotBlank();
    }

    @Test
    void feedbackIsRefusedWithAReasonForBadRatingsReasonsTicketsAndCallers() {
        String number = issueOnline(lab);
        String ok = ",\"channel\":\"KIOSK\"}";
        var tooHigh = api.post("/api/v1/feedback", kiosk, "{\"number\":\"" + number + "\",\"rating\":6" + ok);
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.body()).contains("rating");
        var reason = api.post(
                "/api/v1/feedback", kiosk, "{\"number\":\"" + number + "\",\"rating\":3,\"reasons\":[\"RUDE\"]" + ok);
        assertThat(reason.status()).isEqualTo(400);
        assertThat(reason.json().get("detail").asString())
                .contains("Unknown reason 'RUDE'")
                .contains("WAIT_LONG");
        var unknown = api.post("/api/v1/feedback", kiosk, "{\"number\":\"L999\",\"rating\":3" + ok);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).contains("No ticket L999 today");
        var nothing = api.post("/api/v1/feedback", kiosk, "{\"rating\":3" + ok);
        assertThat(nothing.status()).isEqualTo(400);
        var mobileFromKiosk = api.post(
                "/api/v1/feedback", kiosk, "{\"number\":\"" + number + "\",\"rating\":3,\"channel\":\"MOBILE\"}");
        assertThat(mobileFromKiosk.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/feedback", display, "{\"number\":\"" + number + "\",\"rating\":3" + ok)
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/feedback",
                                foreignKiosk,
                                "{\"siteId\":\"" + site + "\",\"number\":\"" + number + "\",\"rating\":3" + ok)
                        .status())
                .isEqualTo(403);
        // Another site's kiosk cannot rate this site's ticket by id either.
        String ticketId = api.get("/api/v1/sites/" + site + "/queue", kiosk)
                .json()
                .get("tickets")
                .get(0)
                .get("id")
                .asString();
        assertThat(api.post("/api/v1/feedback", foreignKiosk, "{\"ticketId\":\"" + ticketId + "\",\"rating\":3" + ok)
                        .status())
                .isEqualTo(409);
        // Yesterday's ticket is not today's visit.
        clock.advance(Duration.ofDays(1));
        var old = api.post("/api/v1/feedback", kiosk, "{\"ticketId\":\"" + ticketId + "\",\"rating\":3" + ok);
        assertThat(old.status()).isEqualTo(409);
        assertThat(old.json().get("detail").asString()).contains("today's visits only");
        assertThat(feedbackEvents.events).noneMatch(e -> e.siteId().equals(site));
    }
}
