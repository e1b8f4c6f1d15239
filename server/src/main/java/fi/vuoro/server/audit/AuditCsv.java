package fi.vuoro.server.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Function;

/**
 * Audit entries as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote, CR or
 * LF, quotes doubled). Fields that a spreadsheet would run as a formula ({@code = + - @}, tab, CR at the start) get a
 * leading apostrophe, so an actor name like {@code =HYPERLINK(...)} stays text (CSV injection).
 *
 * <p>The machine-readable columns are always there (the API export has only them); the staff view's download adds
 * {@code action_text} and {@code details_text}, the same entry in words in the downloader's language ({@link
 * AuditText}).
 */
public final class AuditCsv {

    static final String HEADER = "time,actor,action,site,visit,ticket,target,details";
    static final String READABLE_HEADER = HEADER + ",action_text,details_text";

    /** An entry in words: the action and the details, each rendered for a reader. */
    public record Readable(String action, String details) {}

    private final Writer out;
    private final Function<AuditEntry, Readable> readable;

    public AuditCsv(Writer out) {
        this(out, null);
    }

    /** With the readable columns when {@code readable} is not null. */
    public AuditCsv(Writer out, Function<AuditEntry, Readable> readable) {
        this.out = out;
        this.readable = readable;
        line(readable == null ? HEADER : READABLE_HEADER);
    }

    public void write(AuditEntry e) {
        String words = "";
        if (readable != null) {
            var r = readable.apply(e);
            words = "," + field(r.action()) + "," + field(r.details());
        }
        line(String.join(
                        ",",
                        field(e.at().toString()),
                        field(e.actor()),
                        field(e.action()),
                        field(e.siteId()),
                        field(e.visitId()),
                        field(e.ticketId()),
                        field(e.target()),
                        field(e.details()))
                + words);
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        var text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private void line(String line) {
        try {
            out.write(line);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
