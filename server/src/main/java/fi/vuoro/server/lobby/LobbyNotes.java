package fi.vuoro.server.lobby;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The visit notes reception's work leaves (an alert handled, a visitor greeted, a check-in finished), stored as a
 * code with its facts, e.g. {@code ALERT_RESOLVED POOR_RATING: Apologised}, and worded when shown, in the reader's
 * language (the counter's {@code NoteText}). Only the staff member's own words after the colon stay as typed.
 * Notes stored by an older version in English ({@code Alert POOR_RATING handled: …}) parse too; anything else is a
 * note someone typed and is shown as it is.
 */
public final class LobbyNotes {

    /** Reception resolved an alert about this visit; arguments: the {@link AlertKind}; text: what was done. */
    public static final String ALERT_RESOLVED = "ALERT_RESOLVED";
    /** Reception marked the visitor to be greeted personally. */
    public static final String MARKED_TO_GREET = "MARKED_TO_GREET";
    /** Greeted personally; argument: seconds after arrival. */
    public static final String GREETED = "GREETED";
    /** Greeted after asking for help at a kiosk; argument: seconds after asking. */
    public static final String GREETED_AFTER_HELP = "GREETED_AFTER_HELP";
    /** Reception issued the ticket after a help request; arguments: kiosk id, help reason, the step (optional). */
    public static final String CHECKED_IN_AFTER_HELP = "CHECKED_IN_AFTER_HELP";

    /** How many arguments each code takes (at least, at most). */
    private static final Map<String, int[]> ARITY = Map.of(
            ALERT_RESOLVED, new int[] {1, 1},
            MARKED_TO_GREET, new int[] {0, 0},
            GREETED, new int[] {1, 1},
            GREETED_AFTER_HELP, new int[] {1, 1},
            CHECKED_IN_AFTER_HELP, new int[] {2, 3});

    private static final Pattern CODED = Pattern.compile("([A-Z][A-Z_]+)((?: [^ :]+)*)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern LEGACY_ALERT = Pattern.compile("Alert ([A-Z_]+) handled: (.*)", Pattern.DOTALL);

    /** A note understood: its code, arguments and the typed text (or null). */
    public record Parsed(String code, List<String> args, String text) {
        public Parsed {
            args = List.copyOf(args);
        }
    }

    private LobbyNotes() {}

    static String alertResolved(AlertKind kind, String whatWasDone) {
        return ALERT_RESOLVED + " " + kind.name() + ": " + whatWasDone;
    }

    static String markedToGreet() {
        return MARKED_TO_GREET;
    }

    static String greeted(long secondsAfterArrival) {
        return GREETED + " " + secondsAfterArrival;
    }

    static String greetedAfterHelp(long secondsAfterAsking) {
        return GREETED_AFTER_HELP + " " + secondsAfterAsking;
    }

    static String checkedInAfterHelp(String deviceId, HelpReason reason, String step) {
        return CHECKED_IN_AFTER_HELP + " " + token(deviceId) + " " + reason.name()
                + (step == null || step.isBlank() ? "" : " " + token(step));
    }

    /** A note's code and facts, or empty for a note someone typed (shown as it is). */
    public static Optional<Parsed> parse(String body) {
        if (body == null) return Optional.empty();
        var legacy = LEGACY_ALERT.matcher(body);
        if (legacy.matches()) return Optional.of(new Parsed(ALERT_RESOLVED, List.of(legacy.group(1)), legacy.group(2)));
        var m = CODED.matcher(body);
        if (!m.matches() || !ARITY.containsKey(m.group(1))) return Optional.empty();
        List<String> args = m.group(2).isEmpty()
                ? List.of()
                : Arrays.asList(m.group(2).substring(1).split(" "));
        int[] arity = ARITY.get(m.group(1));
        if (args.size() < arity[0] || args.size() > arity[1]) return Optional.empty();
        String text = m.group(3);
        // Only an alert's resolution carries typed words; a colon after another code is not one of ours.
        if ((text != null) != m.group(1).equals(ALERT_RESOLVED)) return Optional.empty();
        return Optional.of(new Parsed(m.group(1), args, text));
    }

    /** One argument: no spaces or colons (ids are like that already; this only guards the format). */
    private static String token(String s) {
        return s.replaceAll("[\\s:]+", "_");
    }
}
