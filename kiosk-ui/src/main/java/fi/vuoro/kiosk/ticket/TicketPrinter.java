package fi.vuoro.kiosk.ticket;

import java.time.Instant;

/**
 * Where a ticket goes on paper. The ticket step calls this off the UI thread after the server confirmed the
 * ticket; the screen shows the ticket either way, so a printer fault never stops a visitor (journey 7).
 */
public interface TicketPrinter {

    /** Blocks until the printer is done (or gave up); never throws for a printer fault. */
    PrintOutcome print(PrintableTicket ticket);

    /** False when no printer is configured: the screen then says at once that there is no paper ticket. */
    default boolean printsOnPaper() {
        return true;
    }

    /**
     * Everything a ticket shows, already in the visitor's language.
     *
     * @param mobileTicketUrl {@code null} for a ticket issued offline: the server does not know it yet, so there is
     *     no mobile ticket to link to (print no QR code then)
     * @param issuedAt when the ticket was issued (printed on the paper ticket)
     * @param approximate issued offline: the estimate is the last one known, the ticket says times are approximate
     */
    record PrintableTicket(
            String number,
            String serviceName,
            String estimate,
            String whereToGo,
            String mobileTicketUrl,
            String language,
            Instant issuedAt,
            boolean approximate) {

        public PrintableTicket(
                String number,
                String serviceName,
                String estimate,
                String whereToGo,
                String mobileTicketUrl,
                String language) {
            this(number, serviceName, estimate, whereToGo, mobileTicketUrl, language, Instant.now(), false);
        }
    }

    /** Whether the visitor has a paper ticket, and if not, why (the screen says it in words). */
    enum PrintOutcome {
        /** Sent to the printer, answer not back yet. */
        PRINTING,
        PRINTED,
        NO_PRINTER,
        PAPER_OUT,
        COVER_OPEN,
        /** The printer is off, unplugged or not answering. */
        OFFLINE,
        FAILED;

        public boolean paperInHand() {
            return this == PRINTED;
        }
    }
}
