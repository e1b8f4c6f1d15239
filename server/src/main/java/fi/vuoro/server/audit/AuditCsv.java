package fi.vuoro.server.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Audit entries as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote, CR or
 * LF, quotes doubled). Fields that a spreadsheet would run as a formula ({@code = + - @}, tab, CR at the start) get a
 * leading apostrophe, so an actor name like {@code =HYPERLINK(...)} stays text (CSV injection).
 */
public final class AuditCsv {

    static final String HEADER = "time,actor,action,site,visit,ticket,target,details";

    private final Writer out;

    public AuditCsv(Writer out) {
        this.out = out;
        line(HEADER);
    }

    public void write(AuditEntry e) {
        line(String.join(
                ",",
                field(e.at().toString()),
                field(e.actor()),
                field(e.action()),
                field(e.siteId()),
                field(e.visitId()),
                field(e.ticketId()),
                field(e.target()),
                field(e.details())));
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
