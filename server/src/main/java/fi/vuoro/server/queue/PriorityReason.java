package fi.vuoro.server.queue;

/** Stated reason for serving a ticket ahead of others; shown neutrally on the waiting-room display. */
public enum PriorityReason {
    NONE,
    URGENT_MEDICAL,
    APPOINTMENT,
    ACCESSIBILITY,
    ELDERLY,
    FAMILY_WITH_CHILDREN,
    RETURNING_AFTER_TRANSFER,
    STAFF_DECISION
}
