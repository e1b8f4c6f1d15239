package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.QueueProperties;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time-driven changes, run on a schedule with the injected clock (tests call {@link #runOnce()} after moving it).
 *
 * <p><b>Day rollover</b>: once a site's business day (in its time zone) has ended, every ticket still open from an
 * earlier day is closed: waiting, called and parked tickets become CANCELLED, serving ones DONE, all with end
 * reason {@code DAY_ENDED} and a history line. Numbers start again from 001 on the new day because counters are
 * kept per business day. <b>No-show grace</b>: a ticket called (or last recalled) longer ago than the grace and
 * not started becomes NO_SHOW.
 */
@Component
public class QueueHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(QueueHousekeeping.class);

    private final TransactionTemplate tx;
    private final SiteDirectory directory;
    private final SiteLock lock;
    private final TicketRows rows;
    private final VisitLog log;
    private final TicketViews views;
    private final AfterCommitEvents events;
    private final QueueProperties properties;
    private final Clock clock;

    QueueHousekeeping(
            TransactionTemplate tx,
            SiteDirectory directory,
            SiteLock lock,
            TicketRows rows,
            VisitLog log,
            TicketViews views,
            AfterCommitEvents events,
            QueueProperties properties,
            Clock clock) {
        this.tx = tx;
        this.directory = directory;
        this.lock = lock;
        this.rows = rows;
        this.log = log;
        this.views = views;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${vuoro.queue.housekeeping-interval:30s}", initialDelayString = "5s")
    public void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // A failed round must not stop later rounds; the next run retries whatever is still due.
            LOG.warn("Queue housekeeping failed: {}", e.toString());
        }
    }

    /** @return tickets changed */
    public int runOnce() {
        int changed = 0;
        for (String siteId : directory.siteIds()) {
            changed += tx.execute(status -> housekeep(directory.site(siteId).orElseThrow()));
        }
        return changed;
    }

    private int housekeep(Site site) {
        lock.lock(site.id());
        Instant now = clock.instant();
        LocalDate today = now.atZone(site.timeZone()).toLocalDate();
        Duration grace = properties.noShowGrace();
        int changed = 0;
        for (TicketRow t : rows.dueForHousekeeping(site.id(), today)) {
            if (t.businessDay().isBefore(today)) {
                boolean serving = t.status() == TicketStatus.SERVING;
                TicketStatus end = serving ? TicketStatus.DONE : TicketStatus.CANCELLED;
                if (rows.update(
                        t.id(),
                        t.status(),
                        TicketChanges.cols(
                                "status",
                                end,
                                "ended_at",
                                now,
                                "end_reason",
                                "DAY_ENDED",
                                "outcome",
                                serving ? "DAY_ENDED" : null))) {
                    changed++;
                    long seq = lock.nextSequence(site.id());
                    log.record(t.visitId(), t.id(), "DAY_ENDED", "system", now, end.name());
                    TicketView v = views.view(t.id(), now);
                    events.publish(
                            serving
                                    ? new QueueEvent.TicketCompleted(site.id(), seq, now, v, "DAY_ENDED")
                                    : new QueueEvent.TicketCancelled(site.id(), seq, now, v),
                            "system");
                }
            } else if (t.status() == TicketStatus.CALLED
                    && !grace.isZero()
                    && t.calledAt() != null
                    && t.calledAt().plus(grace).isBefore(now)) {
                if (rows.update(
                        t.id(),
                        TicketStatus.CALLED,
                        TicketChanges.cols(
                                "status", TicketStatus.NO_SHOW, "ended_at", now, "end_reason", "GRACE_EXPIRED"))) {
                    changed++;
                    long seq = lock.nextSequence(site.id());
                    log.record(t.visitId(), t.id(), "NO_SHOW", "system", now, "grace " + grace + " expired");
                    events.publish(new QueueEvent.TicketNoShow(site.id(), seq, now, views.view(t.id(), now)), "system");
                }
            }
        }
        return changed;
    }
}
