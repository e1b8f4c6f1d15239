package fi.vuoro.server.audit;

import fi.vuoro.server.admin.AdminActionPerformed;
import fi.vuoro.server.queue.QueueChangeJournal;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.VisitRecord;
import fi.vuoro.server.security.LoginAttempt;
import fi.vuoro.server.security.LoginThrottledException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns what other features announce into audit entries.
 *
 * <p><b>Queue actions.</b> {@link QueueEvent}s do not carry the actor; the engine writes it into the visit history in
 * the same transaction just before it tells the {@link QueueChangeJournal}, so the entry takes it from there
 * ({@link QueueCommands#historyOf}: the history line of that ticket and instant). This keeps the engine's event records
 * unchanged. The entry is written in that same transaction: no change without its audit entry, no entry for a change
 * that rolled back, and no commit of its own (the queue's group commit takes it along).
 *
 * <p><b>Logins.</b> Interactive logins (form, STOMP CONNECT with a password) and every failed password login,
 * including those the throttle refused; not successful HTTP Basic requests (each API call authenticates anew) and
 * not device tokens (devices are not staff).
 */
@Component
class AuditListeners implements QueueChangeJournal {

    private static final Logger log = LoggerFactory.getLogger(AuditListeners.class);

    private final AuditLog audit;
    private final QueueCommands queue;

    AuditListeners(AuditLog audit, QueueCommands queue) {
        this.audit = audit;
        this.queue = queue;
    }

    /** In the change's own transaction: the entry commits (or rolls back) with the change, in its group commit. */
    @Override
    public void recordInTransaction(QueueEvent event) {
        if (event instanceof QueueEvent.CounterStatusChanged counter) {
            // No ticket, no visit: the engine's event does not carry who opened or closed the counter.
            audit.record(
                    event.occurredAt(),
                    "unknown",
                    counter.open() ? "COUNTER_OPENED" : "COUNTER_CLOSED",
                    event.siteId(),
                    null,
                    null,
                    null,
                    "counter=" + counter.counterId());
            return;
        }
        var ticket = event.ticket();
        // A transfer's history line is on the ticket that ended.
        var historyTicket = event instanceof QueueEvent.TicketTransferred t ? t.fromTicketId() : ticket.id();
        String actor = "unknown";
        try {
            actor = actorOf(queue.historyOf(historyTicket), historyTicket, event.occurredAt());
        } catch (RuntimeException e) {
            log.warn("No visit history for ticket {} ({}); auditing without an actor", historyTicket, e.toString());
        }
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

    static String actorOf(List<VisitRecord.HistoryEntry> history, String ticketId, Instant at) {
        return history.stream()
                .filter(h -> h.ticketId().equals(ticketId))
                .filter(h -> h.at().equals(at))
                .reduce((first, second) -> second)
                .or(() -> history.stream()
                        .filter(h -> h.ticketId().equals(ticketId))
                        .max(Comparator.comparing(VisitRecord.HistoryEntry::at)))
                .map(VisitRecord.HistoryEntry::actor)
                .orElse("unknown");
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
