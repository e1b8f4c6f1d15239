package fi.vuoro.server.queue;

import java.util.Optional;

/** Finds a ticket by what a visitor holds in their hand: the number printed on it. */
public interface TicketLookup {

    /**
     * Today's ticket (business day in the site's time zone) with this number, e.g. {@code L141}; after a transfer
     * the visit's newest ticket, since it keeps the number. Case and surrounding blanks are ignored.
     */
    Optional<TicketView> today(String siteId, String number);

    /** The business day the ticket belongs to. */
    Optional<java.time.LocalDate> businessDayOf(String ticketId);
}
