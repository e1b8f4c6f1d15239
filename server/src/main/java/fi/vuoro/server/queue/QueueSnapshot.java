package fi.vuoro.server.queue;

import java.time.Instant;
import java.util.List;

/**
 * The true state of one site's queue at {@link #sequence()}: every open ticket (waiting in policy order, then
 * called, serving, parked) and a summary per service. Applying the events with sequence greater than this one
 * yields later states.
 */
public record QueueSnapshot(
        String siteId, long sequence, Instant takenAt, List<TicketView> tickets, List<ServiceSummary> services) {

    /** Live figures for one service, as the kiosk tiles and the display show them. */
    public record ServiceSummary(String serviceId, int waiting, long estimatedWaitSeconds, boolean open) {}
}
