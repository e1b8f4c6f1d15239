package fi.vuoro.server.feedback;

/**
 * @param replaced whether an earlier answer of the same visit and channel was replaced (last wins)
 */
public record FeedbackReceipt(String feedbackId, String siteId, String ticketId, String visitId, boolean replaced) {}
