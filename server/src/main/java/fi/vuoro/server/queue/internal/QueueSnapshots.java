package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.QueueSnapshot;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consistent snapshots: the sequence number and the tickets are read in one repeatable-read transaction, so the
 * snapshot is exactly the state at that sequence even while other nodes write.
 */
@Component
class QueueSnapshots implements QueueReader {

    private final TransactionTemplate readTx;
    private final SiteDirectory directory;
    private final SiteLock lock;
    private final TicketRows rows;
    private final QueueEstimates estimates;
    private final TicketViews views;
    private final Clock clock;

    QueueSnapshots(
            PlatformTransactionManager transactions,
            SiteDirectory directory,
            SiteLock lock,
            TicketRows rows,
            QueueEstimates estimates,
            TicketViews views,
            Clock clock) {
        this.readTx = new TransactionTemplate(transactions);
        readTx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        readTx.setReadOnly(true);
        this.directory = directory;
        this.lock = lock;
        this.rows = rows;
        this.estimates = estimates;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public QueueSnapshot snapshot(String siteId) {
        return readTx.execute(status -> {
            Site site = directory.site(siteId).orElseThrow(() -> new NotFoundException("No site '" + siteId + "'"));
            long sequence = lock.current(siteId);
            Instant now = clock.instant();
            List<TicketRow> open = rows.open(siteId);
            QueueEstimates.Estimate e = estimates.estimate(site, open, now);
            List<TicketView> tickets = new ArrayList<>();
            e.siteOrder()
                    .forEach(t -> tickets.add(
                            t.view(e.positions().get(t.id()), e.waits().get(t.id()))));
            for (TicketStatus s : List.of(TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.PARKED)) {
                open.stream()
                        .filter(t -> t.status() == s)
                        .sorted(Comparator.comparing(t -> t.calledAt() == null ? t.issuedAt() : t.calledAt()))
                        .forEach(t -> tickets.add(t.view(null, null)));
            }
            List<QueueSnapshot.ServiceSummary> services = new ArrayList<>();
            for (Service s : directory.services(siteId)) {
                int waiting = (int) open.stream()
                        .filter(t -> t.status() == TicketStatus.WAITING
                                && t.serviceId().equals(s.id()))
                        .count();
                services.add(new QueueSnapshot.ServiceSummary(
                        s.id(),
                        waiting,
                        e.newTicketWaits().getOrDefault(s.id(), -1L),
                        e.serviceOpen().getOrDefault(s.id(), false)));
            }
            return new QueueSnapshot(siteId, sequence, now, List.copyOf(tickets), List.copyOf(services));
        });
    }

    @Override
    public Optional<TicketView> find(String ticketId) {
        return readTx.execute(status -> rows.find(ticketId).map(t -> views.view(t, clock.instant())));
    }
}
