package fi.vuoro.server.queue;

import java.time.Instant;

/**
 * A request for a new ticket.
 *
 * @param priority {@code null} means NORMAL; any other class needs a reason other than NONE
 * @param appointmentAt booked time of a checked-in appointment (places the ticket by that time), or {@code null}
 * @param idempotencyKey the same key for the same site returns the first ticket instead of issuing another
 * @param actor who asked: a device id or a staff user name
 */
public record IssueRequest(
        String siteId,
        String serviceId,
        String language,
        PriorityClass priority,
        PriorityReason priorityReason,
        String appointmentReference,
        Instant appointmentAt,
        String idempotencyKey,
        String actor) {}
