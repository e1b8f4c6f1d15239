package fi.vuoro.server.audit;

import fi.vuoro.server.system.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** CSV export of the audit log, admin only (see {@code ApiAccessRules}). */
@RestController
@Tag(name = "Audit", description = "Who did what and when")
class AuditController {

    private static final Duration DEFAULT_SPAN = Duration.ofDays(31);

    private final AuditLog audit;
    private final ZoneId zone;
    private final Clock clock;

    AuditController(AuditLog audit, AuditProperties properties, ObjectProvider<Clock> clock) {
        this.audit = audit;
        this.zone = properties.timeZone();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping(path = "/api/v1/audit", produces = "text/csv")
    @Operation(
            summary = "Audit entries from..to as CSV, oldest first",
            description = "from/to: an ISO date (midnight in vuoro.audit.time-zone; 'to' is inclusive then) or an"
                    + " ISO instant (exclusive). Defaults: the last 31 days.")
    void export(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response,
            Principal principal)
            throws IOException {
        Instant end = to == null || to.isBlank() ? clock.instant() : parse("to", to, true);
        Instant start = from == null || from.isBlank() ? end.minus(DEFAULT_SPAN) : parse("from", from, false);
        if (!start.isBefore(end)) {
            throw new InvalidInputException("'from' (" + start + ") must be before 'to' (" + end + ")");
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"vuoro-audit-" + start.atZone(zone).toLocalDate() + "_"
                        + end.atZone(zone).toLocalDate() + ".csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var csv = new AuditCsv(writer);
        audit.forEach(AuditQuery.between(start, end), csv::write);
        writer.flush();
        audit.record(principal.getName(), "AUDIT_EXPORTED", null, null, null, null, "from=" + start + " to=" + end);
    }

    private Instant parse(String name, String value, boolean endOfRange) {
        try {
            if (value.length() == 10) {
                var day = LocalDate.parse(value);
                return (endOfRange ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + name + "' must be an ISO date (2026-11-23) or instant"
                    + " (2026-11-23T08:00:00Z), not '" + value + "'");
        }
    }
}
