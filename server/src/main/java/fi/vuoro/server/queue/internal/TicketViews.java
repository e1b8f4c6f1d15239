package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.system.NotFoundException;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Builds ticket views. Inside a writing transaction a view is <em>bare</em> (a waiting ticket's position and
 * estimate still empty): {@link SiteWrites} and {@link AfterCommitEvents} complete it from {@link SiteEstimates}
 * after the commit, so no estimate is ever computed while the site lock is held.
 */
@Component
class TicketViews {

    private final TicketRows rows;
    private final SiteEstimates estimates;

    TicketViews(TicketRows rows, SiteEstimates estimates) {
        this.rows = rows;
        this.estimates = estimates;
    }

    /** The bare view of the row as this transaction sees it. */
    TicketView view(String ticketId, Instant now) {
        TicketRow row = rows.find(ticketId).orElseThrow(() -> new NotFoundException("No ticket '" + ticketId + "'"));
        return view(row, now);
    }

    /** The bare view (position and estimate filled in after commit). */
    TicketView view(TicketRow row, Instant now) {
        return row.view(null, null);
    }

    /** A complete view for reads outside any write: position and estimate from the current figures. */
    TicketView current(TicketRow row) {
        TicketView bare = row.view(null, null);
        if (bare.status() != fi.vuoro.server.queue.TicketStatus.WAITING) {
            return bare;
        }
        return estimates.withEstimate(bare, estimates.current(row.siteId()));
    }
}
