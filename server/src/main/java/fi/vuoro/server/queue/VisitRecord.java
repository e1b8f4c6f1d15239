package fi.vuoro.server.queue;

import java.time.Instant;
import java.util.List;

/** A visit's tickets (oldest first), every action taken on it, and the staff notes handed forward. */
public record VisitRecord(String visitId, List<TicketView> tickets, List<HistoryEntry> history, List<Note> notes) {

    public record HistoryEntry(String ticketId, String action, String actor, Instant at, String detail) {}

    public record Note(String ticketId, String author, Instant at, String text) {}
}
