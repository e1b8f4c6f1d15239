package fi.vuoro.server.retention;

/** Which configured period ({@link RetentionProperties}) applies to a kind of personal data. */
public enum RetentionPeriod {
    /** Personal data about a visit: names, phone numbers, card hashes, free-text notes, feedback text. */
    VISIT,
    /** Appointment data (references, booked times, the appointment's person). */
    APPOINTMENT,
    /** The staff audit log. */
    AUDIT
}
