package fi.vuoro.server.audit;

import fi.vuoro.server.admin.AdminActionPerformed;
import fi.vuoro.server.queue.QueueChangeJournal;
import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.security.LoginAttempt;
import fi.vuoro.server.security.LoginThrottledException;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns what other features announce into audit entries.
 *
 * <p><b>Queue actions.</b> The engine tells the {@link QueueChangeJournal} of every change with the actor its visit
 * history line names, inside the change's transaction: no change without its audit entry, no entry for a change
 * that rolled back, and no commit of its own (the queue's group commit takes it along). Counters opened and closed
 * name who did it too.
 *
 * <p><b>Logins.</b> Interactive logins (form, STOMP CONNECT with a password) and every failed password login,
 * including those the throttle refused; not successful HTTP Basic requests (each API call authenticates anew) and
 * not device tokens (devices are not staff).
 */
@Component
class AuditListeners implements QueueChangeJournal {

    private final AuditLog audit;

    AuditListeners(AuditLog audit) {
        this.audit = audit;
    }

    /** In the change's own transaction: the entry commits (or rolls back) with the change, in its group commit. */
    @Override
    public void recordInTransaction(QueueEvent event, String actor) {
        if (event instanceof QueueEvent.CounterStatusChanged counter) {
            audit.record(
                    event.occurredAt(),
                    actor,
                    counter.open() ? "COUNTER_OPENED" : "COUNTER_CLOSED",
                    event.siteId(),
                    null,
                    null,
                    null,
                    "counter=" + counter.counterId());
            return;
        }
        var ticket = event.ticket();
        audit.record(
                event.occurredAt(),
                actor,
                action(event),
                event.siteId(),
                ticket.visitId(),
                ticket.id(),
                ticket.number(),
                details(event));
    }

    @EventListener
    void on(AdminActionPerformed event) {
        audit.record(
                event.at() == null ? Instant.now() : event.at(),
                event.actor(),
                "ADMIN_" + event.action().toUpperCase(Locale.ROOT),
                null,
                null,
                null,
                event.target(),
                event.details());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof LoginAttempt attempt
                && !LoginAttempt.BASIC.equals(attempt.channel())) {
            audit.record(event.getAuthentication().getName(), "LOGIN", null, null, null, null, login(attempt));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof LoginAttempt attempt) {
            var throttled = event.getException() instanceof LoginThrottledException;
            audit.record(
                    event.getAuthentication().getName(),
                    throttled ? "LOGIN_THROTTLED" : "LOGIN_FAILED",
                    null,
                    null,
                    null,
                    null,
                    login(attempt));
        }
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "LOGOUT", null, null, null, null, null);
    }

    /** {@code TicketCalled} → {@code TICKET_CALLED}. */
    static String action(QueueEvent event) {
        return event.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1_$2")
                .toUpperCase(Locale.ROOT);
    }

    /**
     * Codes and ids only, as {@code key=value} pairs ({@link AuditText} renders them for staff): the hand-over note
     * itself is personal data and stays with the visit.
     */
    static String details(QueueEvent event) {
        var ticket = event.ticket();
        return switch (event) {
            case QueueEvent.TicketCalled called -> "counter=" + called.counterId();
            case QueueEvent.TicketRecalled recalled -> "counter=" + recalled.counterId();
            case QueueEvent.TicketCompleted completed -> "outcome=" + token(completed.outcome());
            case QueueEvent.TicketTransferred transferred ->
                "from=" + transferred.fromTicketId() + " service=" + ticket.serviceId()
                        + (ticket.counterId() == null ? "" : " counter=" + ticket.counterId());
            case QueueEvent.PriorityRaised raised ->
                "priority=" + ticket.priority() + " reason=" + ticket.priorityReason();
            default -> "service=" + ticket.serviceId();
        };
    }

    static String login(LoginAttempt attempt) {
        return "channel=" + attempt.channel() + " address=" + attempt.remoteAddress();
    }

    /** An outcome is a code from the counter; one typed through the API may hold spaces, which would split it. */
    private static String token(String value) {
        return value == null ? "" : value.strip().replaceAll("[\\s,=]+", "_");
    }
}
