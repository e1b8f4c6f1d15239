package fi.vuoro.kiosk.server;

import java.time.Instant;

/**
 * The server's answer to a ticket request (201 body of {@code POST /api/v1/sites/{site}/tickets}), or a ticket the
 * kiosk issued from its offline number block while the server was unreachable.
 *
 * @param offline issued from a leased block: the server learns of it on reconnect, so the estimate is approximate
 *     and there is no mobile ticket yet
 */
public record IssuedTicket(
        String id,
        String number,
        String serviceId,
        String status,
        Integer position,
        Long estimatedWaitSeconds,
        Instant issuedAt,
        boolean offline) {

    public IssuedTicket(
            String id,
            String number,
            String serviceId,
            String status,
            Integer position,
            Long estimatedWaitSeconds,
            Instant issuedAt) {
        this(id, number, serviceId, status, position, estimatedWaitSeconds, issuedAt, false);
    }
}
