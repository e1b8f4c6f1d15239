package fi.vuoro.server.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The queue's side of kiosk offline issuing (journey 8): reserving a run of numbers from a service's daily counter
 * so that no online ticket ever gets them, and placing a ticket that a kiosk issued from such a run while it could
 * not reach the server. Who leased which run, and whether a number really belongs to the caller, is the
 * {@code offline} feature's business; this API only keeps the queue's own rules (site lock, change sequence,
 * events after commit).
 */
public interface OfflineIssuing {

    /**
     * Takes {@code size} consecutive numbers from today's counter of the service (the day in the site's time
     * zone). Joins the caller's transaction when there is one, so a lease recorded beside it commits with it.
     */
    NumberRange reserveNumbers(String siteId, String serviceId, int size);

    /**
     * Places a ticket issued offline in today's queue by its {@code issuedAt} and publishes
     * {@link QueueEvent.TicketIssued} after commit. A second call with the same {@code ticketKey} returns the first
     * ticket with {@link Placed#alreadyPlaced()} set. Joins the caller's transaction when there is one.
     *
     * @throws fi.vuoro.server.system.ConflictException when the number is already used by another ticket today
     */
    Placed place(OfflineTicket ticket);

    /** Numbers {@code first..last} of one service and business day, formatted with {@code prefix}. */
    record NumberRange(String serviceId, LocalDate serviceDay, String prefix, int first, int last) {}

    /**
     * @param ticketKey unique per site; the same key never places a second ticket
     * @param language a language the site does not offer falls back to its first one: the visitor already holds
     *     the ticket, so a label must not refuse it
     */
    record OfflineTicket(
            String siteId,
            String serviceId,
            int number,
            LocalDate serviceDay,
            String language,
            Instant issuedAt,
            String ticketKey,
            String actor) {}

    record Placed(TicketView ticket, boolean alreadyPlaced) {}

    /** Formats a number the way the engine does: L001 … L999, then L1000. */
    static String format(String prefix, int number) {
        return prefix + (number < 1000 ? String.format("%03d", number) : Integer.toString(number));
    }
}
