package fi.vuoro.server.feedback;

import java.util.List;

/**
 * A rating as a caller hands it in. The visit is named by {@code ticketId}, or by {@code siteId} and the printed
 * {@code number} of today's ticket.
 *
 * @param rating 1 = very poor … 5 = very good
 * @param reasons codes of {@link FeedbackReason}; unknown codes are refused with a message
 * @param language the visitor's language, or {@code null}
 */
public record FeedbackSubmission(
        String siteId,
        String ticketId,
        String number,
        int rating,
        List<String> reasons,
        FeedbackChannel channel,
        String language) {

    public FeedbackSubmission {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static FeedbackSubmission forTicket(
            String ticketId, int rating, List<String> reasons, FeedbackChannel channel, String language) {
        return new FeedbackSubmission(null, ticketId, null, rating, reasons, channel, language);
    }
}
