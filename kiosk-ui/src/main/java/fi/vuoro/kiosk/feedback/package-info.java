/**
 * "How was your visit?" on the way out (journey 1's last step, journey 6's trigger): five faces, optional reasons,
 * the visit named by the ticket's QR code (scanner) or its number (keypad), a thank-you, and back to the attract
 * screen. {@link fi.vuoro.kiosk.feedback.FeedbackFlow} is the plain state machine, {@link
 * fi.vuoro.kiosk.feedback.FeedbackPanel} what the check-in view embeds, {@link
 * fi.vuoro.kiosk.feedback.FeedbackGateway} the server side ({@code POST /api/v1/feedback}).
 */
package fi.vuoro.kiosk.feedback;
