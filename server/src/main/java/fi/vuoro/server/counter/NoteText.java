package fi.vuoro.server.counter;

import fi.vuoro.server.lobby.LobbyNotes;
import fi.vuoro.server.ui.Texts;
import java.util.Locale;

/**
 * A visit note in the clerk's language, e.g. "Vastaanotto hoiti: huono arvio – Pyysi anteeksi". Notes reception's
 * work leaves are stored as codes ({@link LobbyNotes}) and worded here, when shown; the words a staff member typed
 * stay as typed, and a note someone wrote by hand is shown as it is.
 */
final class NoteText {

    private NoteText() {}

    static String text(String body, Texts t) {
        return LobbyNotes.parse(body).map(n -> words(n, t)).orElse(body == null ? "" : body);
    }

    private static String words(LobbyNotes.Parsed n, Texts t) {
        var args = n.args();
        return switch (n.code()) {
            case LobbyNotes.ALERT_RESOLVED ->
                t.get("note.ALERT_RESOLVED", named("alert.", args.getFirst(), t), n.text());
            case LobbyNotes.GREETED, LobbyNotes.GREETED_AFTER_HELP -> t.get("note." + n.code(), args.getFirst());
            case LobbyNotes.CHECKED_IN_AFTER_HELP -> {
                String reason = named("help.reason.", args.get(1), t);
                yield args.size() > 2
                        ? t.get(
                                "note.CHECKED_IN_AFTER_HELP.step",
                                args.getFirst(),
                                reason,
                                t.getOr("help.step." + args.get(2), args.get(2)))
                        : t.get("note.CHECKED_IN_AFTER_HELP", args.getFirst(), reason);
            }
            default -> t.get("note." + n.code());
        };
    }

    /** "huono arvio" mid-sentence; a code the bundles do not name stays as it is. */
    private static String named(String prefix, String code, Texts t) {
        String name = t.getOr(prefix + code, null);
        return name == null || name.isEmpty()
                ? code
                : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
