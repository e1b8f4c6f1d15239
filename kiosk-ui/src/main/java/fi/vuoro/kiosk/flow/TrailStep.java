package fi.vuoro.kiosk.flow;

/**
 * What the visitor did, as a code reception's console words in the staff member's own language. On the wire a trail
 * line is {@code HH:mm:ss CODE} or {@code HH:mm:ss CODE value} (docs/device-channel.md); the value is a code or an id,
 * never personal data.
 */
public enum TrailStep {
    /** Touched the attract screen. */
    START,
    /** Showed a card or QR code on the attract screen; value: how ({@link Identification#trailCode()}). */
    APPOINTMENT_ON_ATTRACT,
    /** Value: the language code. */
    LANGUAGE,
    /** Value: the service id. */
    SERVICE,
    /** Value: how ({@link Identification#trailCode()}). */
    IDENTIFIED,
    /** Value: {@code UNREADABLE_CARD} or {@code UNKNOWN_CODE}. */
    IDENTIFY_FAILED,
    /** Value: the step gone back to ({@link Step} name). */
    BACK,
    /** Value: the ticket number. */
    TICKET,
    /** Value: why, e.g. {@code SERVER}. */
    ISSUE_FAILED,
    ASKED_FOR_PERSON,
    DECLINED_HELP,
    RECEPTION_ANSWERED,
    MORE_TIME,
    IDLE_WARNING,
    /** Value: the {@link Struggle} noticed. */
    STRUGGLE
}
