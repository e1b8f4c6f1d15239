package fi.vuoro.server.feedback;

/** Where the rating was given: the lobby kiosk, the mobile ticket page, or typed in by staff. */
public enum FeedbackChannel {
    KIOSK,
    MOBILE,
    STAFF
}
