package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
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
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Issues tickets: validates the request, allocates the day's next number and stores visit and ticket in one
 * transaction. A request carrying a known idempotency key gets the first ticket back; two concurrent retries are
 * settled by the site lock and, should that ever be bypassed, by the unique constraint on the key.
 */
@Component
class TicketIssuer {

    private final SiteWrites writes;
    private final SiteDirectory directory;
    private final TicketRows rows;
    private final NumberAllocator numbers;
    private final NewVisits visits;
    private final TicketViews views;
    private final Clock clock;

    TicketIssuer(
            SiteWrites writes,
            SiteDirectory directory,
            TicketRows rows,
            NumberAllocator numbers,
            NewVisits visits,
            TicketViews views,
            Clock clock) {
        this.writes = writes;
        this.directory = directory;
        this.rows = rows;
        this.numbers = numbers;
        this.visits = visits;
        this.views = views;
        this.clock = clock;
    }

    TicketView issue(IssueRequest req) {
        Site site =
                directory.site(req.siteId()).orElseThrow(() -> new NotFoundException("No site '" + req.siteId() + "'"));
        Service service = directory
                .service(req.serviceId())
                .filter(s -> s.siteId().equals(site.id()))
                .orElseThrow(() ->
                        new NotFoundException("No service '" + req.serviceId() + "' at site '" + site.id() + "'"));
        String language = req.language() == null ? site.languages().getFirst() : req.language();
        if (!site.languages().contains(language)) {
            throw new InvalidInputException(
                    "Language '" + language + "' is not offered at this site; use one of " + site.languages());
        }
        PriorityClass priority = req.priority() == null ? PriorityClass.NORMAL : req.priority();
        PriorityReason reason = req.priorityReason() != null
                ? req.priorityReason()
                : priority == PriorityClass.APPOINTMENT ? PriorityReason.APPOINTMENT : PriorityReason.NONE;
        if (priority != PriorityClass.NORMAL && reason == PriorityReason.NONE) {
            throw new InvalidInputException("Priority " + priority + " needs a priorityReason");
        }
        Optional<TicketRow> earlier = existing(site.id(), req.idempotencyKey());
        if (earlier.isPresent()) {
            return views.current(earlier.get());
        }
        ZonedDateTime local = clock.instant().atZone(site.timeZone());
        if (!service.isOpenAt(local.toLocalTime())) {
            throw new ConflictException("Service '" + service.id() + "' is closed now; open " + service.opensAt() + "–"
                    + service.closesAt());
        }
        try {
            return writes.run(site.id(), now -> {
                Optional<TicketRow> raced = existing(site.id(), req.idempotencyKey());
                if (raced.isPresent()) {
                    return views.view(raced.get(), clock.instant());
                }
                return insert(site, service, req, language, priority, reason);
            });
        } catch (DuplicateKeyException e) {
            return existing(site.id(), req.idempotencyKey()).map(views::current).orElseThrow(() -> e);
        }
    }

    private TicketView insert(
            Site site,
            Service service,
            IssueRequest req,
            String language,
            PriorityClass priority,
            PriorityReason reason) {
        Instant now = clock.instant();
        LocalDate day = now.atZone(site.timeZone()).toLocalDate();
        String number = numbers.next(service.id(), service.prefix(), day);
        TicketRow row = TicketRow.waiting(
                TicketIds.next(),
                site.id(),
                service.id(),
                number,
                day,
                priority,
                reason,
                language,
                now,
                now,
                req.appointmentReference(),
                req.appointmentAt(),
                null,
                req.idempotencyKey());
        return visits.open(
                row,
                req.actor(),
                number + " for " + service.id()
                        + (priority == PriorityClass.NORMAL ? "" : ", " + priority + " (" + reason + ")"),
                now);
    }

    private Optional<TicketRow> existing(String siteId, String key) {
        return key == null ? Optional.empty() : rows.byIdempotencyKey(siteId, key);
    }

    static String actor(String actor) {
        return actor == null || actor.isBlank() ? "anonymous" : actor;
    }
}
