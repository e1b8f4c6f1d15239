package fi.vuoro.kiosk.server;

import java.util.Objects;

/**
 * What the kiosk asks the server to issue. The idempotency key makes a retry after a lost answer return the
 * ticket the server already created instead of a second one.
 *
 * @param priority {@code null} for a normal ticket
 * @param appointmentReference {@code null} for a walk-in
 */
public record TicketRequest(
        String serviceId, String language, String priority, String appointmentReference, String idempotencyKey) {

    public TicketRequest {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
