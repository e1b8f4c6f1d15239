package fi.vuoro.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Appointment look-ups and {@code GET /api/v1/devices/me} over real HTTP with the demo site and devices. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:appointments;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class AppointmentApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theSitesKioskFindsTheDemoAppointmentByReferenceAndByCard() throws Exception {
        var byReference = get("/api/v1/sites/demo/appointments/APT-1001", "Bearer demo-kiosk");
        assertThat(byReference.statusCode()).isEqualTo(200);
        assertThat(byReference.body())
                .contains("\"visitorName\":\"Anna\"", "\"serviceId\":\"lab\"", "\"reference\":\"APT-1001\"");

        var hash = AppointmentDemoData.cardHash(AppointmentDemoData.DEMO_CARD);
        var byCard = get("/api/v1/sites/demo/appointments?cardHash=" + hash, "Bearer demo-kiosk");
        assertThat(byCard.statusCode()).isEqualTo(200);
        assertThat(byCard.body()).contains("\"reference\":\"APT-1001\"").doesNotContain("card");
    }

    @Test
    void unknownReferencesAndCardsAre404AndMalformedOnes400() throws Exception {
        var unknown = get("/api/v1/sites/demo/appointments/APT-9999", "Bearer demo-kiosk");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("APT-9999");
        assertThat(get("/api/v1/sites/demo/appointments?cardHash=" + "0".repeat(64), "Bearer demo-kiosk")
                        .statusCode())
                .isEqualTo(404);
        var malformed = get("/api/v1/sites/demo/appointments?cardHash=0008844356", "Bearer demo-kiosk");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("64 lowercase hex");
    }

    @Test
    void displaysAndOtherSitesMayNotReadAppointmentsButStaffMay() throws Exception {
        assertThat(get("/api/v1/sites/demo/appointments/APT-1001", "Bearer demo-display")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/sites/other/appointments/APT-1001", "Bearer demo-kiosk")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/sites/demo/appointments/APT-1001", basic("reception"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aDeviceAsksWhoItIs() throws Exception {
        var me = get("/api/v1/devices/me", "Bearer demo-kiosk");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body())
                .contains("\"deviceId\":\"demo-kiosk-1\"", "\"type\":\"KIOSK\"", "\"siteId\":\"demo\"")
                .contains("\"printer\":null");
        assertThat(get("/api/v1/devices/me", basic("reception")).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", authorization)
                        .header("Accept", "application/json, application/problem+json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
