package fi.vuoro.server.lobby;

import java.time.Instant;

/**
 * A live alert on the console.
 *
 * @param subject what it is about: {@code visit:<id>} or {@code device:<id>:<component>}
 * @param ticketId the visit's ticket when about a visitor
 * @param deviceId the device when about a device
 * @param detail machine-readable facts ({@link AlertDetail}), e.g. {@code rating=1 WAIT_LONG} or {@code
 *     PRINTER=PAPER_OUT}; staff screens render them in the reader's language
 */
public record Alert(
        String id,
        String siteId,
        AlertKind kind,
        String subject,
        String ticketId,
        String visitId,
        String deviceId,
        String detail,
        Instant raisedAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolution) {

    public boolean open() {
        return resolvedAt == null;
    }
}
