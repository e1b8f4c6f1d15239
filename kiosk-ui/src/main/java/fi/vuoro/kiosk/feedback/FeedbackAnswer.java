package fi.vuoro.kiosk.feedback;

import java.util.List;

/** A visitor's rating as the kiosk sends it (channel KIOSK). */
public record FeedbackAnswer(TicketReference ticket, int rating, List<String> reasons, String language) {

    public FeedbackAnswer {
        reasons = List.copyOf(reasons);
    }
}
