package fi.vuoro.kiosk.ticket;

/**
 * Where a ticket goes on paper. The ticket step calls this after the server confirmed the ticket; the screen
 * shows the ticket either way, so a printer fault never stops a visitor (journey 7). The serial receipt printer
 * from the {@code hardware} module plugs in here in later work.
 */
public interface TicketPrinter {

    PrintOutcome print(PrintableTicket ticket);

    /** Everything a ticket shows, already in the visitor's language. */
    record PrintableTicket(
            String number,
            String serviceName,
            String estimate,
            String whereToGo,
            String mobileTicketUrl,
            String language) {}

    /** Whether the visitor has a paper ticket. */
    enum PrintOutcome {
        PRINTED,
        NO_PRINTER,
        FAILED
    }
}
