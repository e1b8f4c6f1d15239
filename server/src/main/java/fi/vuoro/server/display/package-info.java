/**
 * The waiting-room display ({@code /display/{site}?token=...}): the numbers being called with their counter, the
 * previous calls, waiting counts per service, a neutral line when an urgent visitor goes ahead, and a chime with an
 * optional spoken announcement played one after another, never over each other. Shows no personal data: only what
 * {@link fi.vuoro.server.queue.TicketView} carries (numbers, services, counters).
 */
package fi.vuoro.server.display;
