package fi.vuoro.server.lobby;

import java.time.Instant;
import java.util.Set;

/**
 * A visitor on the to-greet list.
 *
 * @param ticket the visit's current open ticket
 * @param kioskId the kiosk that issued the visit's first ticket, or {@code null} (desk, mobile, unknown)
 */
public record GreetEntry(
        String visitId,
        fi.vuoro.server.queue.TicketView ticket,
        Set<GreetReason> reasons,
        Instant addedAt,
        String answeredBy,
        Instant answeredAt,
        String kioskId) {

    public GreetEntry {
        reasons = Set.copyOf(reasons);
    }
}
