package fi.vuoro.server.audit;

import java.time.Instant;

/**
 * One audited action.
 *
 * @param actor a staff user name, a device id, {@code visitor} or {@code system}
 * @param action a short upper-case code, e.g. {@code TICKET_CALLED}, {@code LOGIN_FAILED}, {@code ADMIN_SERVICE_RENAMED}
 * @param target what the action was about when it is not a visit (a user, a device, a service...)
 */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String action,
        String siteId,
        String visitId,
        String ticketId,
        String target,
        String details) {}
