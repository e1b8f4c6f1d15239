package fi.vuoro.server.queue;

import java.time.Instant;

/**
 * What the call policy knows about a waiting ticket.
 *
 * @param queuedAt place in line: the visit's first issue time, kept across transfers and park/return
 * @param appointmentAt the booked time of a checked-in appointment, or {@code null}
 * @param targetCounterId only this counter may call it (a transfer to a counter, a return after parking), or
 *     {@code null}
 */
public record WaitingTicket(
        String id,
        String serviceId,
        PriorityClass priority,
        Instant queuedAt,
        Instant appointmentAt,
        String targetCounterId) {

    /** The time the ticket's place in line counts from: the appointment time for appointments, else queuedAt. */
    public Instant lineTime() {
        return priority == PriorityClass.APPOINTMENT && appointmentAt != null ? appointmentAt : queuedAt;
    }
}
