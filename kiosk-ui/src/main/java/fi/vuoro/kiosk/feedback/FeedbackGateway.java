package fi.vuoro.kiosk.feedback;

import java.util.List;

/** The server side of feedback. Implementations are thread-safe and never throw: every outcome is a result. */
public interface FeedbackGateway {

    Result send(FeedbackAnswer answer);

    /** Ticket number prefixes in use (letters for the keypad), e.g. {@code [A, L]}; empty until known. */
    List<String> ticketPrefixes();

    sealed interface Result {
        record Sent(String feedbackId) implements Result {}

        /** No such ticket today at this site: the visitor should check the number. */
        record TicketNotFound() implements Result {}

        /** Not delivered (offline, refused): the visitor may try again. */
        record Failed(String why) implements Result {}
    }
}
