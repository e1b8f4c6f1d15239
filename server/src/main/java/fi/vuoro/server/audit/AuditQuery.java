package fi.vuoro.server.audit;

import java.time.Instant;

/**
 * A filter on the audit log; {@code null} fields do not filter.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(String actor, String visitId, Instant from, Instant to, int limit) {

    public static AuditQuery between(Instant from, Instant to) {
        return new AuditQuery(null, null, from, to, Integer.MAX_VALUE);
    }
}
