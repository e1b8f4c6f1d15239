package fi.vuoro.server.feedback;

/** Why a visitor rated as they did; the kiosk offers these as optional chips. */
public enum FeedbackReason {
    WAIT_LONG,
    HARD_TO_FIND,
    KIOSK_DIFFICULT,
    NOT_RESOLVED,
    STAFF_FRIENDLY,
    QUICK_SERVICE
}
