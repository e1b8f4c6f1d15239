package fi.vuoro.kiosk.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's side of pairing against a tiny HTTP endpoint that follows docs/device-channel.md: the server's side
 * of pairing is built on another branch, so this is the only stand-in in the kiosk's tests.
 */
class KioskPairingTest {

    @TempDir
    Path dataDir;

    HttpServer fake;
    final AtomicInteger polls = new AtomicInteger();
    final AtomicInteger codesIssued = new AtomicInteger();
    volatile String pairedAfterPolls = "2";

    @BeforeEach
    void startFakeServer() throws IOException {
        fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fake.createContext("/api/v1/pairings", exchange -> {
            var path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST") && path.equals("/api/v1/pairings")) {
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (!body.contains("\"type\":\"KIOSK\"")) {
                    respond(exchange, 400, "{\"detail\":\"type\"}");
                    return;
                }
                int n = codesIssued.incrementAndGet();
                respond(
                        exchange,
                        201,
                        "{\"pairingId\":\"p" + n + "\",\"code\":\"K7P-3Q" + n + "\",\"expiresAt\":\""
                                + Instant.now().plusSeconds(900) + "\"}");
            } else if (path.equals("/api/v1/pairings/p1")) {
                int n = polls.incrementAndGet();
                if (n < Integer.parseInt(pairedAfterPolls)) respond(exchange, 200, "{\"status\":\"PENDING\"}");
                else if (n == Integer.parseInt(pairedAfterPolls))
                    respond(exchange, 200, "{\"status\":\"PAIRED\",\"deviceId\":\"kiosk-9\",\"token\":\"secret-9\"}");
                else respond(exchange, 200, "{\"status\":\"CLAIMED\"}");
            } else {
                respond(exchange, 404, "{}");
            }
        });
        fake.start();
    }

    @AfterEach
    void stopFakeServer() {
        fake.stop(0);
    }

    @Test
    void showsACodePollsAndStoresTheTokenOnce() {
        var tokens = new DeviceTokens(new TokenStore(dataDir), "");
        var pairing = new KioskPairing(client(), tokens, Clock.systemUTC());
        var connected = new AtomicInteger();
        tokens.onChange(connected::incrementAndGet);

        assertThat(tokens.paired()).isFalse();
        pairing.step();
        assertThat(pairing.code()).contains("K7P-3Q1");
        pairing.step();
        assertThat(tokens.paired()).isFalse();
        pairing.step();

        assertThat(tokens.current()).isEqualTo("secret-9");
        assertThat(new TokenStore(dataDir).read()).contains("secret-9");
        assertThat(connected).hasValue(1);
        assertThat(pairing.code()).isEmpty();
        pairing.step();
        assertThat(polls).hasValue(2);
    }

    @Test
    void anExpiredOrUnknownPairingGetsANewCode() {
        pairedAfterPolls = "99";
        var tokens = new DeviceTokens(new TokenStore(dataDir), "");
        var pairing = new KioskPairing(client(), tokens, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
        pairing.step(); // code p1, already past its expiry on this clock
        pairing.step(); // expired by the kiosk's own clock: asks again
        assertThat(codesIssued).hasValue(2);
        assertThat(pairing.code()).contains("K7P-3Q2");

        var onTime = new KioskPairing(client(), tokens, Clock.systemUTC());
        onTime.step();
        assertThat(onTime.code()).contains("K7P-3Q3");
        onTime.step(); // the fake knows only p1, so p3 answers 404: forget the code, the next step asks anew
        assertThat(onTime.code()).isEmpty();
    }

    @Test
    void noServerMeansNoCodeAndNoCrash() {
        fake.stop(0);
        var tokens = new DeviceTokens(new TokenStore(dataDir), "");
        var pairing = new KioskPairing(client(), tokens, Clock.systemUTC());
        pairing.step();
        assertThat(pairing.code()).isEmpty();
        assertThat(tokens.paired()).isFalse();
    }

    private PairingClient client() {
        return new PairingClient(
                URI.create("http://127.0.0.1:" + fake.getAddress().getPort()), Duration.ofSeconds(2));
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
