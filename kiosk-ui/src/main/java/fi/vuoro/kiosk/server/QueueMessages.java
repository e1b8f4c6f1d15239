package fi.vuoro.kiosk.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Reads the server's JSON into the kiosk's records. Malformed items are dropped and counted, never thrown into a
 * messaging thread: one bad frame must not stop the kiosk from hearing the next good one.
 */
public final class QueueMessages {

    private final AtomicLong dropped = new AtomicLong();

    public long dropped() {
        return dropped.get();
    }

    /** {@code GET /api/v1/sites/{site}/services}: an array, or an object with a {@code services} array. */
    public List<ServiceOption> services(JsonNode body) {
        var array = body.isArray() ? body : body.path("services");
        var result = new ArrayList<ServiceOption>();
        for (var node : array) {
            var id = text(node, "id");
            if (id == null) {
                dropped.incrementAndGet();
                continue;
            }
            result.add(new ServiceOption(
                    id,
                    localised(node, "names", "name"),
                    whereToGo(node),
                    node.path("waiting").asInt(0),
                    estimate(node),
                    node.path("open").asBoolean(true)));
        }
        return result;
    }

    /** The queue snapshot from {@code /app/site.{site}.queue}; empty when it has no sequence. */
    public Optional<Snapshot> snapshot(JsonNode body) {
        if (!body.path("sequence").isNumber()) {
            dropped.incrementAndGet();
            return Optional.empty();
        }
        var services = new ArrayList<LiveWaits.Summary>();
        for (var node : body.path("services")) {
            var id = text(node, "serviceId");
            if (id == null) {
                dropped.incrementAndGet();
                continue;
            }
            services.add(new LiveWaits.Summary(
                    id,
                    node.path("waiting").asInt(0),
                    estimate(node),
                    node.path("open").asBoolean(true)));
        }
        var tickets = new ArrayList<LiveWaits.Ticket>();
        for (var node : body.path("tickets")) {
            ticket(node).ifPresent(tickets::add);
        }
        return Optional.of(new Snapshot(body.path("sequence").asLong(), services, tickets));
    }

    /** A queue event from {@code /topic/site.{site}.queue}: needs a sequence and a ticket. */
    public Optional<LiveWaits.Delta> delta(JsonNode body) {
        if (!body.path("sequence").isNumber()) {
            dropped.incrementAndGet();
            return Optional.empty();
        }
        return ticket(body.path("ticket"))
                .map(t -> new LiveWaits.Delta(body.path("sequence").asLong(), t, text(body, "endedTicketId")));
    }

    public Optional<IssuedTicket> issued(JsonNode body) {
        var id = text(body, "id");
        var number = text(body, "number");
        if (id == null || number == null) {
            dropped.incrementAndGet();
            return Optional.empty();
        }
        var issuedAt = text(body, "issuedAt");
        return Optional.of(new IssuedTicket(
                id,
                number,
                text(body, "serviceId"),
                text(body, "status"),
                body.path("position").isNumber() ? body.path("position").asInt() : null,
                body.path("estimatedWaitSeconds").isNumber()
                        ? body.path("estimatedWaitSeconds").asLong()
                        : null,
                issuedAt == null ? null : parseInstant(issuedAt)));
    }

    /**
     * A device command, {@code {type, parameters{}, issuedAt}} as in docs/device-channel.md. Parameters are strings
     * on the wire; they are also accepted at the top level. Unknown types are dropped and counted.
     */
    public Optional<DeviceCommand> command(JsonNode body) {
        var type = text(body, "type");
        var parameters = body.path("parameters").isObject() ? body.path("parameters") : body;
        DeviceCommand command =
                switch (type == null ? "" : type) {
                    case "STAFFED_MODE", "STAFFED" -> new DeviceCommand.Staffed(flag(parameters.path("on"), true));
                    case "MESSAGE" ->
                        new DeviceCommand.Message(parameters.path("text").asString(""));
                    case "LOCK" -> new DeviceCommand.Lock(text(parameters, "reason"));
                    case "UNLOCK" -> new DeviceCommand.Unlock();
                    case "HELP_ANSWERED" ->
                        new DeviceCommand.HelpAnswered(text(parameters, "requestId"), text(parameters, "staffName"));
                    case "GREETER" -> {
                        var ticketId = text(parameters, "ticketId");
                        yield ticketId == null
                                ? null
                                : new DeviceCommand.Greeter(ticketId, text(parameters, "staffName"));
                    }
                    case "CONFIG_CHANGED" -> new DeviceCommand.ConfigChanged();
                    case "PRINT_TEST" -> new DeviceCommand.PrintTest(text(parameters, "commandId"));
                    case "PRINTER_STATUS" -> new DeviceCommand.PrinterStatus(text(parameters, "commandId"));
                    case "READ_CARD" ->
                        new DeviceCommand.ReadCard(
                                text(parameters, "commandId"), seconds(parameters.path("timeoutSeconds"), 30));
                    default -> null;
                };
        if (command == null) {
            dropped.incrementAndGet();
        }
        return Optional.ofNullable(command);
    }

    /**
     * A configuration event on {@code /topic/site.{site}.config}: whether the kiosk must re-read its services
     * ({@code SERVICES} or {@code SITE}); other kinds ({@code COUNTERS}, {@code LAYOUT}) do not change them. A frame
     * without a kind is dropped and counted.
     */
    public boolean servicesChanged(JsonNode body) {
        var kind = text(body, "kind");
        if (kind == null) {
            dropped.incrementAndGet();
            return false;
        }
        return kind.equals("SERVICES") || kind.equals("SITE");
    }

    /**
     * {@code GET /api/v1/devices/me/overrides}: {@code {staffed, message, locked, lockReason}} as the commands that
     * set the same state, in an order that ends in it.
     */
    public List<DeviceCommand> overrides(JsonNode body) {
        if (!body.isObject()) {
            dropped.incrementAndGet();
            return List.of();
        }
        var commands = new ArrayList<DeviceCommand>();
        commands.add(new DeviceCommand.Staffed(flag(body.path("staffed"), false)));
        commands.add(new DeviceCommand.Message(
                body.path("message").isString() ? body.path("message").asString() : ""));
        commands.add(
                flag(body.path("locked"), false)
                        ? new DeviceCommand.Lock(text(body, "lockReason"))
                        : new DeviceCommand.Unlock());
        return commands;
    }

    /** {@code GET /api/v1/devices/me}; empty without a device id. */
    public Optional<DeviceSelf> self(JsonNode body) {
        var id = text(body, "deviceId");
        if (id == null) {
            dropped.incrementAndGet();
            return Optional.empty();
        }
        var printer = body.path("printer");
        return Optional.of(new DeviceSelf(
                id,
                text(body, "type"),
                text(body, "siteId"),
                text(body, "name"),
                text(printer, "port") == null
                        ? null
                        : new DeviceSelf.Printer(
                                text(printer, "port"),
                                printer.path("baud").asInt(115_200),
                                printer.path("paperWidthMm").asInt(80),
                                text(printer, "codePage")),
                reader(body.path("cardReader")),
                reader(body.path("scanner"))));
    }

    /** An appointment look-up's answer; empty when it lacks reference, service or time. */
    public Optional<Appointment> appointment(JsonNode body) {
        var reference = text(body, "reference");
        var serviceId = text(body, "serviceId");
        var at = text(body, "at");
        if (reference == null || serviceId == null || at == null) {
            dropped.incrementAndGet();
            return Optional.empty();
        }
        var when = parseInstant(at);
        return when == null
                ? Optional.empty()
                : Optional.of(new Appointment(reference, serviceId, text(body, "visitorName"), when));
    }

    private static DeviceSelf.Reader reader(JsonNode node) {
        var port = text(node, "port");
        var type = text(node, "type");
        return port == null || type == null
                ? null
                : new DeviceSelf.Reader(type, port, node.path("baud").asInt(9600));
    }

    private static boolean flag(JsonNode node, boolean absent) {
        if (node.isBoolean()) return node.asBoolean();
        if (node.isString()) return Boolean.parseBoolean(node.asString().trim());
        return absent;
    }

    private static int seconds(JsonNode node, int absent) {
        if (node.isNumber()) return Math.clamp(node.asInt(), 1, 600);
        if (node.isString()) {
            try {
                return Math.clamp(Integer.parseInt(node.asString().trim()), 1, 600);
            } catch (NumberFormatException e) {
                return absent;
            }
        }
        return absent;
    }

    /** A consistent queue state at {@code sequence}. */
    public record Snapshot(long sequence, List<LiveWaits.Summary> services, List<LiveWaits.Ticket> tickets) {}

    private Optional<LiveWaits.Ticket> ticket(JsonNode node) {
        var id = text(node, "id");
        var serviceId = text(node, "serviceId");
        var status = text(node, "status");
        if (id == null || serviceId == null || status == null) {
            dropped.incrementAndGet();
            return Optional.empty();
        }
        var estimate = node.path("estimatedWaitSeconds");
        return Optional.of(new LiveWaits.Ticket(id, serviceId, status, estimate.isNumber() ? estimate.asLong() : null));
    }

    /** Seconds, or -1 when the server has no estimate (null, missing or negative). */
    private static long estimate(JsonNode node) {
        var value = node.path("estimatedWaitSeconds");
        return value.isNumber() && value.asLong() >= 0 ? value.asLong() : -1;
    }

    private static Map<String, String> whereToGo(JsonNode node) {
        var map = localised(node, "whereToGo", "whereToGo");
        return map.isEmpty() ? localised(node, "location", "location") : map;
    }

    private static Map<String, String> localised(JsonNode node, String mapField, String plainField) {
        var map = new HashMap<String, String>();
        var field = node.path(mapField);
        if (field.isObject()) {
            for (var entry : field.properties()) {
                if (entry.getValue().isString()) {
                    map.put(entry.getKey(), entry.getValue().asString());
                }
            }
        } else if (node.path(plainField).isString()) {
            map.put("fi", node.path(plainField).asString());
        }
        // Flat variants such as nameFi / nameSv / nameEn.
        for (var lang : List.of("fi", "sv", "en")) {
            var flat = node.path(plainField + Character.toUpperCase(lang.charAt(0)) + lang.substring(1));
            if (flat.isString()) {
                map.putIfAbsent(lang, flat.asString());
            }
        }
        return map;
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            dropped.incrementAndGet();
            return null;
        }
    }
}
