package fi.vuoro.kiosk.offline;

import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.server.ServerApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The offline part of the device channel over REST: {@code POST /api/v1/devices/me/number-blocks} and
 * {@code POST /api/v1/devices/me/offline-tickets}. Throws {@link org.springframework.web.client.RestClientException}
 * when the server cannot be reached or refuses; callers retry later.
 */
class BlockClient {

    private final RestClient rest;

    BlockClient(KioskProperties properties, Supplier<String> deviceToken) {
        this.rest = ServerApi.client(properties, "/api/v1/devices/me", deviceToken);
    }

    OfflineStore.Block lease(String serviceId, int size) {
        var answer = rest.post()
                .uri("/number-blocks")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("serviceId", serviceId, "size", size))
                .retrieve()
                .body(JsonNode.class);
        return new OfflineStore.Block(
                answer.get("blockId").asString(),
                answer.get("serviceId").asString(),
                LocalDate.parse(answer.get("serviceDay").asString()),
                answer.get("prefix").asString(),
                answer.get("first").asInt(),
                answer.get("last").asInt(),
                answer.hasNonNull("timeZone")
                        ? JournalRecord.zone(answer.get("timeZone").asString())
                        : null);
    }

    /** One final answer per ticket the server recognised; tickets it did not answer for stay pending. */
    List<OfflineStore.Settlement> importTickets(List<OfflineStore.OfflineTicket> tickets) {
        var items = new ArrayList<Map<String, Object>>();
        for (var t : tickets) {
            var item = new LinkedHashMap<String, Object>();
            item.put("idempotencyKey", t.key());
            item.put("blockId", t.blockId());
            item.put("number", t.number());
            item.put("serviceId", t.serviceId());
            item.put("language", t.language());
            item.put("issuedAt", t.issuedAt().toString());
            items.add(item);
        }
        var answer = rest.post()
                .uri("/offline-tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("tickets", items))
                .retrieve()
                .body(JsonNode.class);
        var settlements = new ArrayList<OfflineStore.Settlement>();
        for (var result : answer.path("results")) {
            var status = result.path("status").asString("");
            var key = result.path("idempotencyKey").asString("");
            if (key.isEmpty()
                    || !List.of("IMPORTED", "ALREADY_IMPORTED", "REJECTED").contains(status)) continue;
            settlements.add(new OfflineStore.Settlement(
                    key,
                    status,
                    result.path("ticketId").isString() ? result.path("ticketId").asString() : null,
                    result.path("message").isString() ? result.path("message").asString() : null));
        }
        return settlements;
    }
}
