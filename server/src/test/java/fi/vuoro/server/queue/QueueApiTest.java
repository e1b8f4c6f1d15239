package fi.vuoro.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.testing.TempDirs;
import fi.vuoro.server.queue.Http.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The public REST API over real HTTP, with the demo site and the demo credentials. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class QueueApiTest {

    private static final String KIOSK = "Bearer demo-kiosk";
    private static final String COUNTER = Http.basic("counter", "demo");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("vuoro-api");
        SpringApplication.getShutdownHandlers().add(() -> TempDirs.delete(dir)); // once the context has closed
        registry.add("vuoro.data-dir", dir::toString);
    }

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode issue(String serviceId) {
        Response r = http.post(
                "/api/v1/sites/demo/tickets", KIOSK, "{\"serviceId\":\"" + serviceId + "\",\"language\":\"sv\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void servicesShowNamesInThreeLanguagesWaitingCountAndEstimate() {
        issue("lab");
        Response r = http.get("/api/v1/sites/demo/services", KIOSK);
        assertThat(r.status()).isEqualTo(200);
        JsonNode services = r.json();
        assertThat(services).hasSize(4);
        JsonNode gp = services.get(0);
        assertThat(gp.get("id").asString()).isEqualTo("gp");
        assertThat(gp.get("names").get("fi").asString()).isEqualTo("Yleislääkäri");
        assertThat(gp.get("names").get("sv").asString()).isEqualTo("Allmänläkare");
        assertThat(gp.get("names").get("en").asString()).isEqualTo("General practitioner");
        JsonNode lab = services.get(1);
        assertThat(lab.get("waiting").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(lab.get("estimatedWaitSeconds").asLong()).isGreaterThan(0);
        assertThat(services.get(3).get("greetPersonally").asBoolean()).isTrue();
    }

    @Test
    void issueAnswers201WithLocationAndRetriesWithTheSameKeyGetTheSameTicket() {
        String body = "{\"serviceId\":\"gp\",\"language\":\"en\"}";
        Response first =
                http.send(HttpMethod.POST, "/api/v1/sites/demo/tickets", KIOSK, body, "application/json", "kiosk-1:7");
        assertThat(first.status()).isEqualTo(201);
        JsonNode t = first.json();
        assertThat(first.location()).isEqualTo("/api/v1/tickets/" + t.get("id").asString());
        assertThat(t.get("number").asString()).matches("A\\d{3}");
        assertThat(t.get("serviceId").asString()).isEqualTo("gp");
        assertThat(t.get("status").asString()).isEqualTo("WAITING");
        assertThat(t.get("position").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(t.has("estimatedWaitSeconds")).isTrue();
        assertThat(t.get("issuedAt").asString()).isNotBlank();

        Response retry =
                http.send(HttpMethod.POST, "/api/v1/sites/demo/tickets", KIOSK, body, "application/json", "kiosk-1:7");
        assertThat(retry.json().get("id").asString()).isEqualTo(t.get("id").asString());
        Response read = http.get(first.location(), KIOSK);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("number").asString())
                .isEqualTo(t.get("number").asString());
    }

    @Test
    void counterServesTransfersAndCompletesAndInvalidTransitionsAre409() {
        String id = issue("desk").get("id").asString();
        assertThat(http.post("/api/v1/counters/desk-1/call/" + id, COUNTER, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CALLED");
        assertThat(http.post("/api/v1/tickets/" + id + "/start", COUNTER, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SERVING");
        Response noNote = http.post("/api/v1/tickets/" + id + "/transfer", COUNTER, "{\"serviceId\":\"lab\"}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("errors").get(0).get("field").asString()).isEqualTo("note");

        Response moved = http.post(
                "/api/v1/tickets/" + id + "/transfer",
                COUNTER,
                "{\"serviceId\":\"lab\",\"note\":\"Needs blood test\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        String labId = moved.json().get("id").asString();
        assertThat(moved.json().get("serviceId").asString()).isEqualTo("lab");
        assertThat(http.get("/api/v1/tickets/" + id, COUNTER)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("TRANSFERRED");

        assertThat(http.post("/api/v1/counters/lab-1/call/" + labId, COUNTER, null)
                        .status())
                .isEqualTo(200);
        http.post("/api/v1/tickets/" + labId + "/start", COUNTER, null);
        Response done = http.post("/api/v1/tickets/" + labId + "/complete", COUNTER, "{\"outcome\":\"sample taken\"}");
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        Response again = http.post("/api/v1/tickets/" + labId + "/complete", COUNTER, "{\"outcome\":\"sample taken\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asString()).contains("it is DONE");
    }

    @Test
    void callNextDrainsTheCounterQueueThenAnswers204() {
        String mine = issue("vacc").get("id").asString();
        List<String> called = new ArrayList<>();
        Response r;
        while ((r = http.post("/api/v1/counters/room-2/call-next", COUNTER, null)).status() == 200) {
            called.add(r.json().get("id").asString());
        }
        assertThat(r.status()).isEqualTo(204);
        assertThat(called).contains(mine);
    }

    @Test
    void snapshotCarriesTheSequenceNumber() {
        issue("gp");
        Response r = http.get("/api/v1/sites/demo/queue", KIOSK);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("sequence").asLong()).isPositive();
        assertThat(r.json().get("tickets").size()).isPositive();
        assertThat(http.get("/api/v1/sites/demo/counters", COUNTER).json()).hasSize(4);
    }

    @Test
    void badInputGetsA4xxProblemWithAClearDetail() {
        String tickets = "/api/v1/sites/demo/tickets";
        assertProblem(http.post(tickets, KIOSK, "{\"serviceId\":\"nope\"}"), 404, "No service 'nope'");
        assertProblem(http.get("/api/v1/tickets/nope", COUNTER), 404, "No ticket 'nope'");
        assertProblem(http.post("/api/v1/counters/nope/call-next", COUNTER, null), 404, "No counter 'nope'");
        Response missing = http.post(tickets, KIOSK, "{\"language\":\"fi\"}");
        assertProblem(missing, 400, "serviceId");
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("serviceId");
        assertProblem(http.post(tickets, KIOSK, "{\"serviceId\":"), 400, "Malformed request body");
        assertProblem(http.post(tickets, KIOSK, "{\"serviceId\":\"gp\",\"priority\":\"SUPER\"}"), 400, "Malformed");
        assertProblem(
                http.post(tickets, KIOSK, "{\"serviceId\":\"gp\",\"priority\":\"URGENT\"}"), 400, "priorityReason");
        assertProblem(http.post(tickets, KIOSK, "{\"serviceId\":\"gp\",\"language\":\"de\"}"), 400, "Language 'de'");
        assertProblem(
                http.send(HttpMethod.POST, tickets, KIOSK, "serviceId=gp", "text/plain", null), 415, "text/plain");
        String huge = "{\"serviceId\":\"gp\",\"appointmentReference\":\"" + "x".repeat(20_000) + "\"}";
        assertProblem(http.post(tickets, KIOSK, huge), 413, "exceeds the limit");
        assertProblem(
                http.send(HttpMethod.POST, tickets, KIOSK, "{\"serviceId\":\"gp\"}", "application/json", "bad key!"),
                400,
                "Invalid request");
    }

    @Test
    void openApiDescribesTheEndpoints() {
        Response r = http.get("/api/v1/openapi", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("/api/v1/counters/{counter}/call-next", "/api/v1/sites/{site}/tickets");
    }

    private static void assertProblem(Response r, int status, String detailPart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).as(r.body()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains(detailPart);
    }
}
