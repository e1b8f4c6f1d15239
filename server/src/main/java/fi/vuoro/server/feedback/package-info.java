/**
 * Visitors' ratings of their visit, tied to the visit's facts (service, wait, hand-offs).
 *
 * <p>{@link fi.vuoro.server.feedback.FeedbackService} is the one way in: the kiosk's {@code POST /api/v1/feedback}
 * and the mobile ticket page both call it. A rating belongs to today's ticket of the caller's site; one answer is
 * kept per visit and channel (a second replaces the first: the visitor changed their mind). After commit it
 * publishes {@link fi.vuoro.server.feedback.FeedbackRecorded}, which {@code lobby} turns into an alert for a poor
 * rating.
 */
package fi.vuoro.server.feedback;
