package fi.vuoro.server.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.vuoro.server.admin.AdminContextTest;
import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceTokens;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pairing, {@code /api/v1/devices/me} and device configuration over real HTTP against the running server. */
// Its own context and database: in the shared admin context the demo kiosk's token stopped authenticating after
// the browser tests (not yet explained; each class passes alone), so enrolment runs on a fresh demo site.
@org.springframework.test.context.TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:enrolment-tests;DB_CLOSE_DELAY=-1")
class EnrolmentApiTest extends AdminContextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Pairings pairings;

    @Autowired
    DeviceManagement management;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKioskPairsAndGetsItsTokenExactlyOnce() {
        var created = requestPairing("KIOSK");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created.body());
        String pairingId = body.get("pairingId").asString();
        String code = body.get("code").asString();
        assertThat(code).matches("[" + PairingCodes.ALPHABET + "]{3}-[" + PairingCodes.ALPHABET + "]{3}");
        assertThat(body.get("expiresAt").asString())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)).toString());

        var pending = http("GET", "/api/v1/pairings/" + pairingId, null, null);
        assertThat(pending.statusCode()).isEqualTo(200);
        assertThat(pending.body()).isEqualTo("{\"status\":\"PENDING\"}");

        String name = uniqueName("Lobby kiosk");
        String id = idOf(name);
        assertThat(id).startsWith("lobby-kiosk-");
        var device = pairings.approve(code.toLowerCase(), DemoCredentials.SITE, DevicePrincipal.Kind.KIOSK, name, null);
        assertThat(device.id()).isEqualTo(id);

        var paired =
                json(http("GET", "/api/v1/pairings/" + pairingId, null, null).body());
        assertThat(paired.get("status").asString()).isEqualTo("PAIRED");
        assertThat(paired.get("deviceId").asString()).isEqualTo(id);
        String token = paired.get("token").asString();
        assertThat(token).hasSize(43);

        var again = http("GET", "/api/v1/pairings/" + pairingId, null, null);
        assertThat(again.body()).as("the token is handed over once").isEqualTo("{\"status\":\"CLAIMED\"}");

        // Only hashes are stored: neither the pairing id nor the token appears in the database.
        assertThat(jdbc.sql("select count(*) from device_pairing where id_hash = ?")
                        .param(DeviceTokens.hash(pairingId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select token_hash from device where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(DeviceTokens.hash(token));

        var me = http("GET", "/api/v1/devices/me", "Bearer " + token, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body())
                .isEqualTo("{\"deviceId\":\"" + id + "\",\"type\":\"KIOSK\",\"siteId\":\"demo\",\"name\":\"" + name
                        + "\"," + "\"printer\":null,\"cardReader\":null,\"scanner\":null}");
    }

    @Test
    void theSameCodeCannotBeApprovedTwiceAndBadCodesAreRefused() {
        String code = json(requestPairing("DISPLAY").body()).get("code").asString();
        assertThat(pairings.requestedKind(code)).contains(DevicePrincipal.Kind.DISPLAY);
        String hallTv = uniqueName("Hall TV");
        pairings.approve(code, DemoCredentials.SITE, DevicePrincipal.Kind.DISPLAY, hallTv, null);

        assertThatThrownBy(
                        () -> pairings.approve(code, DemoCredentials.SITE, DevicePrincipal.Kind.DISPLAY, hallTv, null))
                .isInstanceOfSatisfying(EnrolmentException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("enrolment.error.codeUnknown"));
        assertThatThrownBy(() -> pairings.approve("ABC", DemoCredentials.SITE, DevicePrincipal.Kind.KIOSK, "x", null))
                .isInstanceOfSatisfying(EnrolmentException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("enrolment.error.codeFormat"));
        String other = json(requestPairing("KIOSK").body()).get("code").asString();
        assertThatThrownBy(() -> pairings.approve(other, "no-such-site", DevicePrincipal.Kind.KIOSK, "x", null))
                .isInstanceOfSatisfying(
                        EnrolmentException.class, e -> assertThat(e.field()).isEqualTo("site"));
        assertThatThrownBy(() -> pairings.approve(other, DemoCredentials.SITE, DevicePrincipal.Kind.KIOSK, " ", null))
                .isInstanceOfSatisfying(
                        EnrolmentException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void anExpiredPairingIsGoneAndItsCodeCannotBeApproved() {
        var body = json(requestPairing("KIOSK").body());
        String pairingId = body.get("pairingId").asString();
        clock.advance(Duration.ofMinutes(15));

        var gone = http("GET", "/api/v1/pairings/" + pairingId, null, null);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("expired");
        assertThatThrownBy(() -> pairings.approve(
                        body.get("code").asString(), DemoCredentials.SITE, DevicePrincipal.Kind.KIOSK, "Late", null))
                .isInstanceOf(EnrolmentException.class);
        assertThat(http("GET", "/api/v1/pairings/no-such-pairing", null, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void pairingRequestsAreThrottledPerAddress() {
        assertThat(requestPairing("KIOSK").statusCode()).isEqualTo(201);
        for (int i = 1; i < PairingController.REQUESTS_PER_WINDOW; i++) {
            assertThat(http("POST", "/api/v1/pairings", null, "{\"type\":\"KIOSK\"}")
                            .statusCode())
                    .isEqualTo(201);
        }
        var refused = http("POST", "/api/v1/pairings", null, "{\"type\":\"KIOSK\"}");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("600");
        assertThat(refused.body()).contains("Too many pairing requests");
        clock.advance(PairingController.WINDOW);
        assertThat(http("POST", "/api/v1/pairings", null, "{}").statusCode())
                .as("after the window")
                .isEqualTo(201);
    }

    @Test
    void badPairingRequestsGetProblemDetails() {
        clock.advance(Duration.ofMinutes(11));
        var wrongType = http("POST", "/api/v1/pairings", null, "{\"type\":\"TOASTER\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("type must be KIOSK or DISPLAY");
        var garbage = http("POST", "/api/v1/pairings", null, "{not json");
        assertThat(garbage.statusCode()).isEqualTo(400);
    }

    @Test
    void savedConfigIsServedOnDevicesMeAndRevocationEndsTheToken() {
        String token = pairedKiosk(uniqueName("Config kiosk"));
        String id = json(http("GET", "/api/v1/devices/me", "Bearer " + token, null)
                        .body())
                .get("deviceId")
                .asString();

        var invalid = management.saveConfig(
                id, new DeviceConfig(new DeviceConfig.Printer("printer", 9600, 80, "PC858"), null, null));
        assertThat(invalid).extracting(DeviceConfig.Violation::field).containsExactly("printer.port");
        assertThat(management.saveConfig(
                        id,
                        new DeviceConfig(
                                new DeviceConfig.Printer("/dev/ttyUSB0", 115200, 80, "PC858"),
                                new DeviceConfig.Reader("RDM6300", "/dev/ttyUSB1", 9600),
                                null)))
                .isEmpty();

        var me = json(http("GET", "/api/v1/devices/me", "Bearer " + token, null).body());
        assertThat(me.get("printer").toString())
                .isEqualTo("{\"port\":\"/dev/ttyUSB0\",\"baud\":115200,\"paperWidthMm\":80,\"codePage\":\"PC858\"}");
        assertThat(me.get("cardReader").toString())
                .isEqualTo("{\"type\":\"RDM6300\",\"port\":\"/dev/ttyUSB1\",\"baud\":9600}");
        assertThat(me.get("scanner").isNull()).isTrue();

        assertThat(management.revoke(id)).isTrue();
        assertThat(http("GET", "/api/v1/devices/me", "Bearer " + token, null).statusCode())
                .isEqualTo(401);
        assertThat(jdbc.sql("select token_hash from device where id = ?")
                        .param(id)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void devicesMeIsForDevicesOnlyAndTheTicketLayoutForTheSitesOwnDevices() {
        String staff = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes());
        assertThat(http("GET", "/api/v1/devices/me", staff, null).statusCode()).isEqualTo(403);
        assertThat(http("GET", "/api/v1/devices/me", null, null).statusCode()).isEqualTo(401);

        var layout = http("GET", "/api/v1/sites/demo/ticket-layout", "Bearer " + DemoCredentials.KIOSK_TOKEN, null);
        assertThat(layout.statusCode()).isEqualTo(200);
        assertThat(json(layout.body()).get("siteId").asString()).isEqualTo("demo");
        assertThat(json(layout.body()).get("header").get("fi").asString()).isNotBlank();
        assertThat(http("GET", "/api/v1/sites/other/ticket-layout", "Bearer " + DemoCredentials.KIOSK_TOKEN, null)
                        .statusCode())
                .isEqualTo(403);
    }

    /** Pairs a new kiosk through the API and returns its token. */
    private String pairedKiosk(String name) {
        var body = json(requestPairing("KIOSK").body());
        pairings.approve(body.get("code").asString(), DemoCredentials.SITE, DevicePrincipal.Kind.KIOSK, name, null);
        return json(http("GET", "/api/v1/pairings/" + body.get("pairingId").asString(), null, null)
                        .body())
                .get("token")
                .asString();
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
