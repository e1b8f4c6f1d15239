package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.QueueSnapshot;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Consistent snapshots: the sequence number and the tickets are read in one repeatable-read transaction (by {@link
 * SiteEstimates}, which caches the result by sequence), so the snapshot is exactly the state at that sequence even
 * while other nodes write.
 */
@Component
class QueueSnapshots implements QueueReader {

    private final SiteDirectory directory;
    private final SiteLock lock;
    private final TicketRows rows;
    private final SiteEstimates estimates;
    private final TicketViews views;
    private final Clock clock;

    QueueSnapshots(
            SiteDirectory directory,
            SiteLock lock,
            TicketRows rows,
            SiteEstimates estimates,
            TicketViews views,
            Clock clock) {
        this.directory = directory;
        this.lock = lock;
        this.rows = rows;
        this.estimates = estimates;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public QueueSnapshot snapshot(String siteId) {
        if (directory.site(siteId).isEmpty()) {
            throw new NotFoundException("No site '" + siteId + "'");
        }
        // Sequence, tickets and estimate come from one repeatable-read computation at least as new as now.
        SiteEstimates.Computed c = estimates.current(siteId, lock.current(siteId), true);
        List<TicketRow> open = c.open();
        QueueEstimates.Estimate e = c.estimate();
        List<TicketView> tickets = new ArrayList<>();
        e.siteOrder()
                .forEach(t ->
                        tickets.add(t.view(e.positions().get(t.id()), e.waits().get(t.id()))));
        for (TicketStatus s : List.of(TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.PARKED)) {
            open.stream()
                    .filter(t -> t.status() == s)
                    .sorted(Comparator.comparing((TicketRow t) -> t.calledAt() == null ? t.issuedAt() : t.calledAt())
                            .thenComparing(TicketRow::id))
                    .forEach(t -> tickets.add(t.view(null, null)));
        }
        List<QueueSnapshot.ServiceSummary> services = new ArrayList<>();
        for (Service s : directory.services(siteId)) {
            services.add(new QueueSnapshot.ServiceSummary(
                    s.id(),
                    c.waitingIn(s.id()),
                    e.newTicketWaits().getOrDefault(s.id(), -1L),
                    e.serviceOpen().getOrDefault(s.id(), false)));
        }
        return new QueueSnapshot(siteId, c.sequence(), c.at(), List.copyOf(tickets), List.copyOf(services));
    }

    @Override
    public Optional<TicketView> find(String ticketId) {
        return rows.find(ticketId).map(views::current);
    }
}
