package fi.vuoro.server.lobby;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A help request from a kiosk, with what the visitor did so far ({@code trail}).
 *
 * @param ticketId the ticket the visitor got (from the kiosk, or issued by reception to finish the check-in)
 */
public record HelpRequest(
        String id,
        String siteId,
        String deviceId,
        HelpReason reason,
        String step,
        String language,
        List<String> trail,
        HelpStatus status,
        Instant requestedAt,
        String answeredBy,
        String answeredName,
        Instant answeredAt,
        Instant greetedAt,
        String ticketId) {

    public HelpRequest {
        trail = List.copyOf(trail);
    }

    /** Time-to-greet, once greeted. */
    public Duration timeToGreet() {
        return greetedAt == null ? null : Duration.between(requestedAt, greetedAt);
    }
}
