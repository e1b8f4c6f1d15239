package fi.vuoro.server.counter;

import fi.vuoro.server.queue.VisitRecord;
import fi.vuoro.server.ui.Texts;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One line of a visit's history for the clerk, e.g. "Called · anna · Room 1", from the engine's action code and
 * detail (counter and service ids, an outcome code, {@code URGENT (URGENT_MEDICAL)}). A detail in a form not known
 * here is shown as stored; an action the bundles do not name shows as its code.
 */
final class HistoryText {

    private static final Pattern TRANSFER = Pattern.compile("to (\\S+)(?: at (\\S+))?");
    private static final Pattern PRIORITY = Pattern.compile("[A-Z_]+ \\(([A-Z_]+)\\)");

    private HistoryText() {}

    static String line(
            VisitRecord.HistoryEntry h,
            Function<String, String> counterName,
            Function<String, String> serviceName,
            Texts t) {
        String action = t.getOr("history.action." + h.action(), h.action());
        String detail = detail(h.action(), h.detail(), counterName, serviceName, t);
        return action + " · " + h.actor() + (detail.isBlank() ? "" : " · " + detail);
    }

    static String detail(
            String action,
            String detail,
            Function<String, String> counterName,
            Function<String, String> serviceName,
            Texts t) {
        if (detail == null || detail.isBlank()) return "";
        String d = detail.strip();
        switch (action) {
            case "CALLED", "RECALLED" -> {
                return counterName.apply(d);
            }
            case "COMPLETED" -> {
                return t.getOr("counter.outcome." + d, d);
            }
            case "ISSUED" -> {
                return ""; // "A002 for gp": the number and service are the line's heading already
            }
            case "TRANSFERRED" -> {
                var m = TRANSFER.matcher(d);
                if (m.matches()) {
                    return m.group(2) == null
                            ? t.get("audit.details.transfer", serviceName.apply(m.group(1)))
                            : t.get(
                                    "audit.details.transferToCounter",
                                    serviceName.apply(m.group(1)),
                                    counterName.apply(m.group(2)));
                }
                return d;
            }
            case "PRIORITY_RAISED" -> {
                var m = PRIORITY.matcher(d);
                return m.matches() ? t.getOr("priority." + m.group(1), d) : d;
            }
            default -> {
                return d;
            }
        }
    }
}
