package fi.vuoro.kiosk.feedback;

import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.server.ServerApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/feedback} with the device token; prefixes from the site's services. */
final class ServerFeedbackGateway implements FeedbackGateway {

    private static final Logger log = LoggerFactory.getLogger(ServerFeedbackGateway.class);

    private final RestClient rest;
    private final String site;
    private volatile List<String> prefixes = List.of();

    ServerFeedbackGateway(KioskProperties properties, Supplier<String> deviceToken) {
        this.site = properties.site();
        this.rest = ServerApi.client(properties, "/api/v1", deviceToken);
    }

    @Override
    public Result send(FeedbackAnswer answer) {
        var body = new LinkedHashMap<String, Object>();
        switch (answer.ticket()) {
            case TicketReference.TicketId(var id) -> body.put("ticketId", id);
            case TicketReference.Number(var number) -> body.put("number", number);
        }
        body.put("rating", answer.rating());
        body.put("reasons", answer.reasons());
        body.put("channel", "KIOSK");
        body.put("language", answer.language());
        try {
            var result = rest.post()
                    .uri("/feedback")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(JsonNode.class);
            return new Result.Sent(
                    result == null ? null : result.path("feedbackId").asString(null));
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            if (status == 404 || status == 409) return new Result.TicketNotFound();
            log.warn("feedback refused: {} {}", status, e.getResponseBodyAsString());
            return new Result.Failed("HTTP " + status);
        } catch (RestClientException e) {
            return new Result.Failed(e.getMessage());
        }
    }

    @Override
    public List<String> ticketPrefixes() {
        if (prefixes.isEmpty()) {
            try {
                var services = rest.get()
                        .uri("/sites/{site}/services", site)
                        .retrieve()
                        .body(JsonNode.class);
                var found = new ArrayList<String>();
                if (services != null) {
                    for (var service : services) {
                        var prefix = service.path("prefix").asString("");
                        if (!prefix.isBlank() && !found.contains(prefix)) found.add(prefix);
                    }
                }
                prefixes = List.copyOf(found);
            } catch (RestClientException e) {
                log.debug("ticket prefixes not available: {}", e.getMessage());
            }
        }
        return prefixes;
    }
}
