package fi.vuoro.server.lobby;

import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.SiteDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every waiting ticket against the wait it was quoted at check-in ({@link PromisePolicy}) and raises one
 * BROKEN_PROMISE alert per visit. Runs every {@code vuoro.lobby.promise-check-interval} (15 s).
 */
@Component
class BrokenPromiseWatch {

    private static final Logger LOG = LoggerFactory.getLogger(BrokenPromiseWatch.class);

    private final SiteDirectory sites;
    private final QueueReader reader;
    private final ArrivalLog arrivals;
    private final Alerts alerts;
    private final Clock clock;

    BrokenPromiseWatch(
            SiteDirectory sites, QueueReader reader, ArrivalLog arrivals, Alerts alerts, ObjectProvider<Clock> clock) {
        this.sites = sites;
        this.reader = reader;
        this.arrivals = arrivals;
        this.alerts = alerts;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(fixedDelayString = "${vuoro.lobby.promise-check-interval:15s}", initialDelayString = "10s")
    void scheduled() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            LOG.warn("Broken-promise check failed; the next round retries: {}", e.toString());
        }
    }

    /** @return alerts raised in this round */
    int checkNow() {
        Instant now = clock.instant();
        int raised = 0;
        for (String siteId : sites.siteIds()) {
            var waiting = reader.snapshot(siteId).tickets().stream()
                    .filter(t -> t.status() == TicketStatus.WAITING)
                    .toList();
            if (waiting.isEmpty()) continue;
            // A visit's first check-in is no later than its ticket's issue (transfers keep the visit's arrival).
            Instant earliest = waiting.stream()
                    .map(TicketView::issuedAt)
                    .min(Instant::compareTo)
                    .orElse(now);
            var firstArrivals = arrivals.firstOfVisitsSince(siteId, earliest.minus(Duration.ofDays(1)));
            for (TicketView t : waiting) {
                var arrival = Optional.ofNullable(firstArrivals.get(t.visitId()));
                if (arrival.isEmpty() || arrival.get().quotedWaitSeconds() == null) continue;
                Duration quoted = Duration.ofSeconds(arrival.get().quotedWaitSeconds());
                if (!PromisePolicy.isBroken(arrival.get().issuedAt(), quoted, now)) continue;
                String subject = Alerts.visitSubject(t.visitId());
                if (!alerts.about(AlertKind.BROKEN_PROMISE, subject).isEmpty()) continue; // once per visit
                long waitedMinutes =
                        Duration.between(arrival.get().issuedAt(), now).toMinutes();
                alerts.raise(
                        AlertKind.BROKEN_PROMISE,
                        siteId,
                        subject,
                        t.id(),
                        t.visitId(),
                        null,
                        AlertDetail.promise(quoted.toMinutes(), waitedMinutes));
                raised++;
            }
        }
        return raised;
    }
}
