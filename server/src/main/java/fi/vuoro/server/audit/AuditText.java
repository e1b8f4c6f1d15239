package fi.vuoro.server.audit;

import fi.vuoro.server.ui.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An audit entry's action and details in words for staff, rendered when shown from what is stored: the action code
 * and the details' {@code key=value} pairs (written by {@link AuditListeners} and the retention job, e.g. {@code
 * counter=room-1}, {@code outcome=served}, {@code channel=form address=10.0.0.7}). Details in another form (admin
 * actions, which write sentences, or entries older than this format) are shown as stored.
 */
public final class AuditText {

    /** Names of counters and services by id; an unknown id reads as itself. */
    public record Names(Function<String, String> counter, Function<String, String> service) {
        public static final Names IDS = new Names(Function.identity(), Function.identity());
    }

    private AuditText() {}

    /** "Called", "Signed in"…; an action the bundles do not name (e.g. a new admin action) shows as its code. */
    public static String action(String code, Texts t) {
        return t.getOr("audit.action." + code, code);
    }

    public static String details(AuditEntry entry, Names names, Texts t) {
        String raw = entry.details() == null ? "" : entry.details();
        if (entry.action() == null || entry.action().startsWith("ADMIN_")) return raw;
        Optional<Map<String, String>> parsed = pairs(raw);
        if (parsed.isEmpty()) return raw;
        Map<String, String> p = parsed.get();
        String text =
                switch (entry.action()) {
                    case "TICKET_CALLED", "TICKET_RECALLED", "COUNTER_OPENED", "COUNTER_CLOSED" ->
                        p.containsKey("counter")
                                ? t.get("audit.details.counter", name(names.counter(), p.get("counter")))
                                : null;
                    case "TICKET_COMPLETED" ->
                        p.containsKey("outcome")
                                ? t.get(
                                        "audit.details.outcome",
                                        t.getOr("counter.outcome." + p.get("outcome"), p.get("outcome")))
                                : null;
                    case "TICKET_TRANSFERRED" ->
                        p.containsKey("service")
                                ? (p.containsKey("counter")
                                        ? t.get(
                                                "audit.details.transferToCounter",
                                                name(names.service(), p.get("service")),
                                                name(names.counter(), p.get("counter")))
                                        : t.get("audit.details.transfer", name(names.service(), p.get("service"))))
                                : null;
                    case "PRIORITY_RAISED" ->
                        p.containsKey("reason")
                                ? t.get(
                                        "audit.details.priority",
                                        t.getOr("priority." + p.get("reason"), p.get("reason")))
                                : null;
                    case "LOGIN", "LOGIN_FAILED", "LOGIN_THROTTLED" ->
                        p.containsKey("channel")
                                ? t.get(
                                        "audit.details.login",
                                        t.getOr("audit.channel." + p.get("channel"), p.get("channel")),
                                        p.getOrDefault("address", "?"))
                                : null;
                    case "RETENTION_PURGE" ->
                        p.entrySet().stream()
                                .map(e -> t.getOr("retention.kind." + e.getKey(), e.getKey()) + " " + e.getValue())
                                .collect(Collectors.joining(", "));
                    case "AUDIT_EXPORTED" -> exportFilter(p, t);
                    default ->
                        p.containsKey("service")
                                ? t.get("audit.details.service", name(names.service(), p.get("service")))
                                : null;
                };
        return text == null ? raw : text;
    }

    /** "User: anna, From: 2026-11-01" (the filter fields that were set); "No filter" when none was. */
    private static String exportFilter(Map<String, String> p, Texts t) {
        var parts = new ArrayList<String>();
        for (String key : new String[] {"user", "visit", "from", "to"}) {
            String value = p.get(key);
            if (value != null && !value.isBlank() && !"null".equals(value)) {
                parts.add(t.get("audit." + key) + ": " + value);
            }
        }
        return parts.isEmpty() ? t.get("audit.details.noFilter") : String.join(", ", parts);
    }

    private static String name(Function<String, String> lookup, String id) {
        try {
            String name = lookup.apply(id);
            return name == null || name.isBlank() ? id : name;
        } catch (RuntimeException e) {
            return id;
        }
    }

    /**
     * {@code a=1 b=2} or {@code a=1, b=2} as an ordered map; empty when any token is not a {@code key=value} pair
     * (the details are free text then).
     */
    static Optional<Map<String, String>> pairs(String details) {
        if (details.isBlank()) return Optional.empty();
        var map = new LinkedHashMap<String, String>();
        for (String token : details.strip().split("[ ,]+")) {
            int eq = token.indexOf('=');
            if (eq <= 0 || !token.substring(0, eq).matches("[a-zA-Z][a-zA-Z0-9-]*")) return Optional.empty();
            map.put(token.substring(0, eq).toLowerCase(Locale.ROOT), token.substring(eq + 1));
        }
        return Optional.of(map);
    }
}
