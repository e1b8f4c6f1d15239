/**
 * The counter workstation ({@code /counter}): a clerk picks a counter, calls the next visitor by the counter's work
 * profile or a specific ticket, serves with the visit's notes and history in front of them, and completes, parks
 * or transfers with a hand-over note. Every action is one {@link fi.vuoro.server.queue.QueueCommands} call; the
 * screen redraws from {@link fi.vuoro.server.queue.QueueReader#snapshot} whenever the site's queue changes.
 */
package fi.vuoro.server.counter;
