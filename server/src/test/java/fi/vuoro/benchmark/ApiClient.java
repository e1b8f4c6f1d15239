package fi.vuoro.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** Just enough of the public REST API for the benchmark, over the JDK's HTTP client. */
final class ApiClient {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            // HTTP/1.1 keep-alive, as kiosks and counters use it: the client's default (HTTP/2) would offer an h2c
            // upgrade the server declines on every new connection.
            .version(HttpClient.Version.HTTP_1_1)
            .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final String base;
    private final String kioskAuth = "Bearer demo-kiosk";
    private final String counterAuth =
            "Basic " + Base64.getEncoder().encodeToString("counter:demo".getBytes(StandardCharsets.UTF_8));

    private final String adminAuth =
            "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
    private final String actuator;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/v1";
        this.actuator = "http://127.0.0.1:" + port + "/actuator/metrics/";
    }

    /** A meter's COUNT and TOTAL (for a summary or timer: how many recorded and their sum; 0, 0 when not yet). */
    record Meter(double count, double total) {
        Meter minus(Meter earlier) {
            return new Meter(count - earlier.count, total - earlier.total);
        }
    }

    Meter meter(String name) throws IOException, InterruptedException {
        var body = metric(name);
        return body == null ? new Meter(0, 0) : new Meter(statistic(body, "COUNT"), statistic(body, "TOTAL(?:_TIME)?"));
    }

    /** A gauge's value (NaN when the server has no such gauge). */
    double gauge(String name) throws IOException, InterruptedException {
        var body = metric(name);
        return body == null ? Double.NaN : statistic(body, "VALUE");
    }

    /** The actuator's answer for one meter, or null when the server has no such meter (yet). */
    private String metric(String name) throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(URI.create(actuator + name))
                .header("Authorization", adminAuth)
                .GET());
        if (response.statusCode() == 404) return null;
        expect(response, 200);
        return response.body();
    }

    private static double statistic(String body, String statistic) throws IOException {
        return Double.parseDouble(first(
                Pattern.compile(
                        "\\{\\s*\"statistic\"\\s*:\\s*\"" + statistic + "\"\\s*,\\s*\"value\"\\s*:\\s*([-0-9.Ee+]+)"),
                body));
    }

    record Issued(String id, String number) {}

    Issued issue(String site, String serviceId, String idempotencyKey) throws IOException, InterruptedException {
        var body = "{\"serviceId\":\"" + serviceId + "\",\"language\":\"fi\",\"idempotencyKey\":\"" + idempotencyKey
                + "\"}";
        var response = send(HttpRequest.newBuilder(URI.create(base + "/sites/" + site + "/tickets"))
                .header("Authorization", kioskAuth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        expect(response, 201);
        return new Issued(first(ID, response.body()), first(NUMBER, response.body()));
    }

    /** Calls the next ticket to the counter; null when nobody waits. */
    Issued callNext(String counterId) throws IOException, InterruptedException {
        var response = postAsStaff("/counters/" + counterId + "/call-next");
        if (response.statusCode() == 204) return null;
        expect(response, 200);
        return new Issued(first(ID, response.body()), first(NUMBER, response.body()));
    }

    void action(String ticketId, String action, String jsonBody) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create(base + "/tickets/" + ticketId + "/" + action))
                .header("Authorization", counterAuth);
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            builder.POST(HttpRequest.BodyPublishers.noBody());
        }
        expect(send(builder), 200);
    }

    /** Cancels a waiting ticket; false when it can no longer be cancelled (called meanwhile: 409). */
    boolean cancel(String ticketId) throws IOException, InterruptedException {
        var response = postAsStaff("/tickets/" + ticketId + "/cancel");
        if (response.statusCode() == 409) return false;
        expect(response, 200);
        return true;
    }

    List<String> ids(String path) throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", counterAuth)
                .GET());
        expect(response, 200);
        var ids = new ArrayList<String>();
        var matcher = ID.matcher(response.body());
        while (matcher.find()) ids.add(matcher.group(1));
        return ids;
    }

    private HttpResponse<String> postAsStaff(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", counterAuth)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // A lost response fails the run instead of stalling it for good.
        return http.send(request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(response.request().method() + " " + response.uri() + " → " + response.statusCode()
                    + ": " + response.body());
        }
    }

    private static String first(Pattern pattern, String body) throws IOException {
        var matcher = pattern.matcher(body);
        if (!matcher.find()) throw new IOException("no " + pattern + " in " + body);
        return matcher.group(1);
    }
}
