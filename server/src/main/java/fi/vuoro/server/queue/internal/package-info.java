/**
 * The queue engine's insides: JDBC row access, number allocation, the site change sequence, after-commit event
 * publication, estimates, housekeeping (no-show grace, day rollover) and restart recovery of numbering. Nothing
 * outside {@code fi.vuoro.server.queue} uses these classes directly.
 */
package fi.vuoro.server.queue.internal;
