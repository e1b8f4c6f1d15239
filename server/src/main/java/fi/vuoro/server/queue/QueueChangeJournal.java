package fi.vuoro.server.queue;

/**
 * Told of every queue event inside the transaction that makes the change, just after the change's history line was
 * written and before the commit: for records that must be exactly as durable as the change itself, such as the audit
 * log. A change rolled back (alone, to its savepoint in a group commit, or with its caller's transaction) takes the
 * record with it; a record that cannot be written fails the change.
 *
 * <p>Runs on the thread that writes the queue, holding the site's lock: keep it to a few statements and never call
 * back into the queue's commands. The event's ticket view has no position or estimate yet. Everything else listens
 * to {@link QueueEvent}s after the commit.
 */
public interface QueueChangeJournal {

    /**
     * @param actor who made the change, as its visit history line names them: a staff user name, a device id,
     *     {@code system} for the server's own rules, {@code anonymous} for an unauthenticated caller
     */
    void recordInTransaction(QueueEvent event, String actor);
}
