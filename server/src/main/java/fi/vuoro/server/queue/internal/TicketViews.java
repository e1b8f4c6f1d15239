package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.NotFoundException;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Builds ticket views with live position and estimate, inside the caller's transaction. */
@Component
class TicketViews {

    private final SiteDirectory directory;
    private final TicketRows rows;
    private final QueueEstimates estimates;

    TicketViews(SiteDirectory directory, TicketRows rows, QueueEstimates estimates) {
        this.directory = directory;
        this.rows = rows;
        this.estimates = estimates;
    }

    TicketView view(String ticketId, Instant now) {
        TicketRow row = rows.find(ticketId).orElseThrow(() -> new NotFoundException("No ticket '" + ticketId + "'"));
        return view(row, now);
    }

    TicketView view(TicketRow row, Instant now) {
        if (!row.status().equals(fi.vuoro.server.queue.TicketStatus.WAITING)) {
            return row.view(null, null);
        }
        Site site = directory.site(row.siteId()).orElseThrow();
        QueueEstimates.Estimate e = estimates.estimate(site, rows.open(row.siteId()), now, false);
        return row.view(e.positions().get(row.id()), e.waits().get(row.id()));
    }
}
