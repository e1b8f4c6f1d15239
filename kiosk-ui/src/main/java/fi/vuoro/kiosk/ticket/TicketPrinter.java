package fi.vuoro.kiosk.ticket;

/**
 * Where a ticket goes on paper. The ticket step calls this after the server confirmed the ticket; the screen
 * shows the ticket either way, so a printer fault never stops a visitor (journey 7). The serial receipt printer
 * from the {@code hardware} module plugs in here in later work.
 */
public interface TicketPrinter {

    PrintOutcome print(PrintableTicket ticket);

    /**
     * Everything a ticket shows, already in the visitor's language.
     *
     * @param mobileTicketUrl {@code null} for a ticket issued offline: the server does not know it yet, so there is
     *     no mobile ticket to link to (print no QR code then)
     * @param approximate issued offline: the estimate is the last one known, the ticket says times are approximate
     */
    record PrintableTicket(
            String number,
            String serviceName,
            String estimate,
            String whereToGo,
            String mobileTicketUrl,
            String language,
            boolean approximate) {

        public PrintableTicket(
                String number,
                String serviceName,
                String estimate,
                String whereToGo,
                String mobileTicketUrl,
                String language) {
            this(number, serviceName, estimate, whereToGo, mobileTicketUrl, language, false);
        }
    }

    /** Whether the visitor has a paper ticket. */
    enum PrintOutcome {
        PRINTED,
        NO_PRINTER,
        FAILED
    }
}
