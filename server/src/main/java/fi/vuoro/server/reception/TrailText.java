package fi.vuoro.server.reception;

import fi.vuoro.server.ui.Texts;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A help request's trail line in words for reception, e.g. "10:02:11 Valitsi palvelun: Laboratorio". Kiosks send
 * each step as {@code HH:mm:ss CODE [value]} (docs/device-channel.md); the line is stored as sent and worded here,
 * when shown, in the reader's language. A line in any other shape (an older kiosk's English text) or with a code
 * this server does not know is shown as it is rather than hidden.
 */
final class TrailText {

    private static final Pattern LINE = Pattern.compile("(\\d{2}:\\d{2}:\\d{2}) ([A-Z][A-Z_]*)(?: (\\S.*))?");

    private TrailText() {}

    /**
     * @param serviceName the service's name in the reader's language for a service id (the id when unknown)
     */
    static String describe(String line, UnaryOperator<String> serviceName, Texts t) {
        if (line == null) return "";
        var m = LINE.matcher(line.strip());
        if (!m.matches()) return line;
        String time = m.group(1);
        String code = m.group(2);
        String value = m.group(3);
        String words =
                switch (code) {
                    case "START",
                            "ASKED_FOR_PERSON",
                            "DECLINED_HELP",
                            "RECEPTION_ANSWERED",
                            "MORE_TIME",
                            "IDLE_WARNING",
                            "ISSUE_FAILED" -> t.get("trail." + code);
                    case "LANGUAGE" -> withValue(code, value, v -> t.getOr("trail.language." + v, v), t);
                    case "SERVICE" -> withValue(code, value, serviceName, t);
                    case "TICKET" -> withValue(code, value, v -> v, t);
                    case "APPOINTMENT_ON_ATTRACT", "IDENTIFIED" ->
                        withValue(code, value, v -> t.getOr("trail.how." + v, v), t);
                    case "IDENTIFY_FAILED" -> withValue(code, value, v -> t.getOr("trail.failure." + v, v), t);
                    case "BACK" -> withValue(code, value, v -> t.getOr("help.step." + v, v), t);
                    case "STRUGGLE" ->
                        withValue(
                                code,
                                value,
                                v -> {
                                    String reason = t.getOr("help.reason." + v, null);
                                    return reason == null ? v : lowerFirst(reason);
                                },
                                t);
                    default -> null;
                };
        return words == null ? line : time + " " + words;
    }

    /** A code that needs its value but came without one is not a line this server understands: null. */
    private static String withValue(String code, String value, UnaryOperator<String> word, Texts t) {
        return value == null ? null : t.get("trail." + code, word.apply(value));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
