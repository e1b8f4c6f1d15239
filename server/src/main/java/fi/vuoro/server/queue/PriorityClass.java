package fi.vuoro.server.queue;

/**
 * Priority classes, highest first. A ticket above {@link #NORMAL} always carries a {@link PriorityReason}; the
 * starvation cap keeps priority traffic from holding a normal ticket more than a configured time past its target.
 */
public enum PriorityClass {
    URGENT,
    APPOINTMENT,
    PRIORITY,
    NORMAL
}
