package fi.vuoro.server.retention;

import fi.vuoro.server.audit.AuditLog;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The audit log names staff and visit ids; it is kept longer than visit data (accountability), then dropped. */
@Component
class AuditLogRetention implements PersonalDataHolder {

    private final AuditLog audit;

    AuditLogRetention(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String kind() {
        return "audit-log";
    }

    @Override
    public RetentionPeriod period() {
        return RetentionPeriod.AUDIT;
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return audit.deleteOlderThan(cutoff);
    }
}
