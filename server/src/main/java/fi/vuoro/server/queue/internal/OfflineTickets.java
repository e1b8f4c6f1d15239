package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.OfflineIssuing;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Number runs for kiosks and the placing of tickets they issued offline. Kept apart from {@link TicketIssuer} on
 * purpose: an online issue allocates one number now, an offline one arrives later with a number reserved earlier
 * and a past issue time that becomes its place in line.
 */
@Component
class OfflineTickets implements OfflineIssuing {

    private final SiteWrites writes;
    private final JdbcClient jdbc;
    private final SiteDirectory directory;
    private final TicketRows rows;
    private final NumberAllocator numbers;
    private final NewVisits visits;
    private final TicketViews views;

    OfflineTickets(
            SiteWrites writes,
            JdbcClient jdbc,
            SiteDirectory directory,
            TicketRows rows,
            NumberAllocator numbers,
            NewVisits visits,
            TicketViews views) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.directory = directory;
        this.rows = rows;
        this.numbers = numbers;
        this.visits = visits;
        this.views = views;
    }

    @Override
    public NumberRange reserveNumbers(String siteId, String serviceId, int size) {
        if (size < 1) {
            throw new InvalidInputException("A number block needs at least one number");
        }
        Site site = site(siteId);
        Service service = service(site, serviceId);
        // Under the site lock, like an issue: it also guards the insert of the day's first counter row.
        return writes.run(site.id(), now -> {
            LocalDate day = now.atZone(site.timeZone()).toLocalDate();
            int last = numbers.reserve(service.id(), day, size);
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
        return writes.run(site.id(), now -> {
            Optional<TicketRow> earlier = rows.byIdempotencyKey(site.id(), t.ticketKey());
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
            TicketRow row = TicketRow.waiting(
                    TicketIds.next(),
                    site.id(),
                    service.id(),
                    number,
                    t.serviceDay(),
                    PriorityClass.NORMAL,
                    PriorityReason.NONE,
                    language,
                    lineTime,
                    lineTime,
                    null,
                    null,
                    null,
                    t.ticketKey());
            String detail = number + " for " + service.id() + ", issued offline, imported at " + now;
            return new Placed(visits.open(row, t.actor(), detail, now), false);
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
