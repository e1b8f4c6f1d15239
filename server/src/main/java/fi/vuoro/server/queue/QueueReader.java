package fi.vuoro.server.queue;

import java.util.Optional;

/** Read side of the queue: what transports need to resynchronise a client. */
public interface QueueReader {

    /** The site's queue as of one sequence number, read consistently; empty-but-valid for a known idle site. */
    QueueSnapshot snapshot(String siteId);

    Optional<TicketView> find(String ticketId);
}
