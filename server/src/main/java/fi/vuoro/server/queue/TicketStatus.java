package fi.vuoro.server.queue;

/** Where a ticket is in its life. Only {@link #WAITING} tickets can be called. */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    PARKED,
    DONE,
    NO_SHOW,
    CANCELLED,
    /** Ended here because the visit moved on to another service; the visit continues on a new ticket. */
    TRANSFERRED;

    public boolean isOpen() {
        return this == WAITING || this == CALLED || this == SERVING || this == PARKED;
    }
}
