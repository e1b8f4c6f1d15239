package fi.vuoro.server.queue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running server: status, body as JSON, Location. Never throws on 4xx/5xx. */
final class Http {

    record Response(int status, String body, String location, String contentType) {

        JsonNode json() {
            return MAPPER.readTree(body);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final RestClient client;

    Http(int port) {
        this.client = RestClient.create("http://localhost:" + port);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Response get(String path, String auth) {
        return send(HttpMethod.GET, path, auth, null, null, null);
    }

    Response post(String path, String auth, String json) {
        return send(HttpMethod.POST, path, auth, json, "application/json", null);
    }

    Response send(HttpMethod method, String path, String auth, String body, String contentType, String idempotencyKey) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path).header("Authorization", auth);
        if (contentType != null) {
            spec.header("Content-Type", contentType);
        }
        if (idempotencyKey != null) {
            spec.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            spec.body(body);
        }
        return spec.exchange((req, res) -> new Response(
                res.getStatusCode().value(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8),
                res.getHeaders().getFirst("Location"),
                res.getHeaders().getFirst("Content-Type")));
    }
}
