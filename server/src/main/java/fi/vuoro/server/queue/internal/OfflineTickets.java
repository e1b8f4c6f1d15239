package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.OfflineIssuing;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Number runs for kiosks and the placing of tickets they issued offline. Kept apart from {@link TicketIssuer} on
 * purpose: an online issue allocates one number now, an offline one arrives later with a number reserved earlier
 * and a past issue time that becomes its place in line.
 */
@Component
class OfflineTickets implements OfflineIssuing {

    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final SiteDirectory directory;
    private final SiteLock lock;
    private final TicketRows rows;
    private final VisitLog log;
    private final TicketViews views;
    private final AfterCommitEvents events;
    private final Clock clock;

    OfflineTickets(
            TransactionTemplate tx,
            JdbcClient jdbc,
            SiteDirectory directory,
            SiteLock lock,
            TicketRows rows,
            VisitLog log,
            TicketViews views,
            AfterCommitEvents events,
            Clock clock) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.directory = directory;
        this.lock = lock;
        this.rows = rows;
        this.log = log;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public NumberRange reserveNumbers(String siteId, String serviceId, int size) {
        if (size < 1) {
            throw new InvalidInputException("A number block needs at least one number");
        }
        Site site = site(siteId);
        Service service = service(site, serviceId);
        return tx.execute(status -> {
            // The site lock also guards the insert of the day's first counter row against a concurrent issue.
            lock.lock(site.id());
            LocalDate day = clock.instant().atZone(site.timeZone()).toLocalDate();
            int updated = jdbc.sql("UPDATE number_counter SET last_value = last_value + ?"
                            + " WHERE service_id = ? AND business_day = ?")
                    .params(size, service.id(), day)
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO number_counter (service_id, business_day, last_value) VALUES (?, ?, ?)")
                        .params(service.id(), day, size)
                        .update();
            }
            int last = jdbc.sql("SELECT last_value FROM number_counter WHERE service_id = ? AND business_day = ?")
                    .params(service.id(), day)
                    .query(Integer.class)
                    .single();
            return new NumberRange(service.id(), day, service.prefix(), last - size + 1, last);
        });
    }

    @Override
    public Placed place(OfflineTicket t) {
        Site site = site(t.siteId());
        Service service = service(site, t.serviceId());
        String language = site.languages().contains(t.language())
                ? t.language()
                : site.languages().getFirst();
        return tx.execute(status -> {
            lock.lock(site.id());
            Optional<TicketRow> earlier = rows.byIdempotencyKey(site.id(), t.ticketKey());
            Instant now = clock.instant();
            if (earlier.isPresent()) {
                return new Placed(views.view(earlier.get(), now), true);
            }
            String number = OfflineIssuing.format(service.prefix(), t.number());
            boolean taken =
                    jdbc.sql("SELECT COUNT(*) FROM ticket WHERE site_id = ? AND business_day = ? AND number = ?")
                                    .params(site.id(), t.serviceDay(), number)
                                    .query(Integer.class)
                                    .single()
                            > 0;
            if (taken) {
                throw new ConflictException("Number " + number + " is already used by another ticket on "
                        + t.serviceDay() + "; it was not reserved for offline use");
            }
            // Its place in line is when the visitor took it, never later than now (a kiosk clock running fast).
            Instant lineTime = t.issuedAt().isAfter(now) ? now : t.issuedAt();
            long seq = lock.nextSequence(site.id());
            String visitId = UUID.randomUUID().toString();
            jdbc.sql("INSERT INTO visit (id, site_id, created_at) VALUES (?, ?, ?)")
                    .params(visitId, site.id(), TicketRows.ts(lineTime))
                    .update();
            TicketRow row = new TicketRow(
                    UUID.randomUUID().toString(),
                    visitId,
                    site.id(),
                    service.id(),
                    number,
                    t.serviceDay(),
                    TicketStatus.WAITING,
                    PriorityClass.NORMAL,
                    PriorityReason.NONE,
                    language,
                    lineTime,
                    lineTime,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0,
                    null,
                    null,
                    t.ticketKey());
            rows.insert(row);
            log.record(
                    visitId,
                    row.id(),
                    "ISSUED",
                    TicketIssuer.actor(t.actor()),
                    lineTime,
                    number + " for " + service.id() + ", issued offline, imported at " + now);
            TicketView view = views.view(row, now);
            events.publish(new QueueEvent.TicketIssued(site.id(), seq, now, view));
            return new Placed(view, false);
        });
    }

    private Site site(String siteId) {
        return directory.site(siteId).orElseThrow(() -> new NotFoundException("No site '" + siteId + "'"));
    }

    private Service service(Site site, String serviceId) {
        return directory
                .service(serviceId)
                .filter(s -> s.siteId().equals(site.id()))
                .orElseThrow(() -> new NotFoundException("No service '" + serviceId + "' at site '" + site.id() + "'"));
    }
}
