package fi.vuoro.server.retention;

import fi.vuoro.server.audit.AuditLog;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The audit log keeps who did what and when for its own (longer) period, but its link to a visitor only as long as
 * the visit's personal data: after {@code vuoro.retention.visit} an entry loses the visit and ticket ids and a raised
 * priority's reason ({@link AuditLog#forgetVisitorsBefore}).
 */
@Component
class AuditVisitorRetention implements PersonalDataHolder {

    private final AuditLog audit;

    AuditVisitorRetention(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String kind() {
        return "audit-visit-links";
    }

    @Override
    public RetentionPeriod period() {
        return RetentionPeriod.VISIT;
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return audit.forgetVisitorsBefore(cutoff);
    }
}
