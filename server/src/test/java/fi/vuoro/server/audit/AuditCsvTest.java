package fi.vuoro.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        var out = new StringWriter();
        var csv = new AuditCsv(out);
        csv.write(new AuditEntry(
                1,
                Instant.parse("2026-11-23T08:00:00Z"),
                "=HYPERLINK(\"x\")",
                "ADMIN_SERVICE_RENAMED",
                "demo",
                null,
                null,
                "lab, 2nd floor",
                "was \"Lab\"\nnow \"Laboratory\""));

        assertThat(out.toString())
                .isEqualTo(AuditCsv.HEADER + "\r\n"
                        + "2026-11-23T08:00:00Z,\"'=HYPERLINK(\"\"x\"\")\",ADMIN_SERVICE_RENAMED,demo,,,"
                        + "\"lab, 2nd floor\",\"was \"\"Lab\"\"\nnow \"\"Laboratory\"\"\"\r\n");
    }

    @Test
    void plainFieldsStayPlain() {
        assertThat(AuditCsv.field("counter")).isEqualTo("counter");
        assertThat(AuditCsv.field(null)).isEmpty();
        assertThat(AuditCsv.field("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.field("@sum")).isEqualTo("'@sum");
    }
}
