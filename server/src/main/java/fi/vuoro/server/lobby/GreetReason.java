package fi.vuoro.server.lobby;

/** Why a visitor is on the to-greet list. */
public enum GreetReason {
    /** The service is marked "greet personally". */
    SERVICE,
    /** The appointment is marked VIP. */
    VIP,
    /** A declared accessibility need (appointment, or the ticket's ACCESSIBILITY priority reason). */
    ACCESSIBILITY,
    FIRST_VISIT,
    /** Pressed "Talk to a person" at the kiosk. */
    ASKED_FOR_HELP,
    /** The kiosk noticed a struggle (idle mid-flow, back and forth, failures, time-outs). */
    STRUGGLING_AT_KIOSK,
    /** Gave a rating of 2 or less. */
    POOR_RATING,
    /** Reception marked the visitor "greet personally". */
    MARKED_BY_STAFF
}
