package fi.vuoro.kiosk.server;

import java.time.Instant;

/** The server's answer to a ticket request (201 body of {@code POST /api/v1/sites/{site}/tickets}). */
public record IssuedTicket(
        String id,
        String number,
        String serviceId,
        String status,
        Integer position,
        Long estimatedWaitSeconds,
        Instant issuedAt) {}
