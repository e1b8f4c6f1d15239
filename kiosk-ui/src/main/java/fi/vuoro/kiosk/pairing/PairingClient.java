package fi.vuoro.kiosk.pairing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The kiosk's side of the pairing REST calls; no token needed (the server throttles them per address). */
public final class PairingClient {

    /** {@code 201 {"pairingId","code","expiresAt"}}. */
    public record PairingCode(String pairingId, String code, Instant expiresAt) {}

    /** What a poll found. */
    public sealed interface Poll {
        record Pending() implements Poll {}

        record Paired(String deviceId, String token) implements Poll {}

        /** Someone already took the token, or the pairing is unknown or expired: start again. */
        record Gone(String why) implements Poll {}

        /** The server could not be asked; try again later. */
        record Unreachable(String why) implements Poll {}
    }

    private final URI api;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Duration timeout;

    public PairingClient(URI serverUrl, Duration timeout) {
        this.api = URI.create(serverUrl.toString().replaceAll("/$", "") + "/api/v1/pairings");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** {@code POST /api/v1/pairings {"type":"KIOSK"}}; throws IOException when no code could be had. */
    public PairingCode requestCode() throws IOException {
        var request = HttpRequest.newBuilder(api)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"KIOSK\"}"))
                .build();
        var response = send(request);
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IOException("pairing not available: HTTP " + response.statusCode());
        }
        var body = parse(response.body());
        var id = text(body, "pairingId");
        var code = text(body, "code");
        if (id == null || code == null) throw new IOException("pairing answer without pairingId/code");
        var expires = text(body, "expiresAt");
        return new PairingCode(id, code, expires == null ? null : Instant.parse(expires));
    }

    /** {@code GET /api/v1/pairings/{pairingId}}. */
    public Poll poll(String pairingId) {
        var request = HttpRequest.newBuilder(URI.create(api + "/" + pairingId))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            var response = send(request);
            if (response.statusCode() == 404 || response.statusCode() == 410) {
                return new Poll.Gone("HTTP " + response.statusCode());
            }
            if (response.statusCode() != 200) return new Poll.Unreachable("HTTP " + response.statusCode());
            var body = parse(response.body());
            return switch (String.valueOf(text(body, "status"))) {
                case "PENDING" -> new Poll.Pending();
                case "PAIRED" -> {
                    var token = text(body, "token");
                    yield token == null
                            ? new Poll.Gone("paired without a token")
                            : new Poll.Paired(text(body, "deviceId"), token);
                }
                case "CLAIMED" -> new Poll.Gone("claimed");
                default -> new Poll.Unreachable("unknown pairing status");
            };
        } catch (IOException e) {
            return new Poll.Unreachable(e.getMessage());
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private JsonNode parse(String body) throws IOException {
        try {
            return json.readTree(body);
        } catch (RuntimeException e) {
            throw new IOException("not JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
