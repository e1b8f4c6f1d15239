package fi.vuoro.kiosk.server;

import java.time.Instant;
import java.util.Objects;

/**
 * What the kiosk asks the server to issue. The idempotency key makes a retry after a lost answer return the
 * ticket the server already created instead of a second one.
 *
 * @param priority {@code null} for a normal ticket; {@code APPOINTMENT} for a checked-in appointment
 * @param appointmentReference {@code null} for a walk-in
 * @param appointmentAt the booked time (the queue places the ticket by it), or {@code null}
 * @param cardHash HMAC of a tapped card that matched no appointment (never the card number), or {@code null}
 */
public record TicketRequest(
        String serviceId,
        String language,
        String priority,
        String appointmentReference,
        String idempotencyKey,
        Instant appointmentAt,
        String cardHash) {

    public TicketRequest {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    public TicketRequest(
            String serviceId, String language, String priority, String appointmentReference, String idempotencyKey) {
        this(serviceId, language, priority, appointmentReference, idempotencyKey, null, null);
    }
}
