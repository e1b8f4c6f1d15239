package fi.vuoro.kiosk.server;

/** The server did not confirm a ticket: unreachable, timed out or refused. Retry with the same key. */
public class TicketNotIssued extends Exception {

    public TicketNotIssued(String message, Throwable cause) {
        super(message, cause);
    }
}
