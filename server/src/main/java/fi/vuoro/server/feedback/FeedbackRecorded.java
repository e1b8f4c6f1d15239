package fi.vuoro.server.feedback;

import java.time.Instant;
import java.util.List;

/**
 * A visitor rated their visit (1 = very poor … 5 = very good), published after the feedback was committed. The
 * lobby feature turns a poor rating into a console alert while the visitor is still on site.
 */
public record FeedbackRecorded(
        String siteId, String ticketId, String visitId, int rating, List<String> reasons, Instant at) {

    public FeedbackRecorded {
        reasons = List.copyOf(reasons);
    }
}
