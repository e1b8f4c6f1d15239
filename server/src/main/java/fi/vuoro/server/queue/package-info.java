/**
 * The queue engine: issuing, calling and serving tickets, their numbering, priorities and the call-next policy.
 *
 * <p>Public API at this package's root: {@link fi.vuoro.server.queue.QueueReader}, the command side, the
 * {@link fi.vuoro.server.queue.QueueEvent} records and the views. Everything else lives in {@code internal}. The
 * database is the source of truth (several server nodes may share it), so every state change is one transaction
 * that also bumps the site's change sequence; events are published after commit.
 */
package fi.vuoro.server.queue;
