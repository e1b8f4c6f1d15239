package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.TicketLookup;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ticket by printed number, for features that start from what the visitor holds (feedback). */
@Component
class TicketLookups implements TicketLookup {

    private final JdbcClient jdbc;
    private final SiteDirectory directory;
    private final TicketViews views;
    private final TicketRows rows;
    private final Clock clock;

    TicketLookups(JdbcClient jdbc, SiteDirectory directory, TicketViews views, TicketRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.views = views;
        this.rows = rows;
        this.clock = clock;
    }

    /** Index ticket_day_number; see TicketIndexPlanTest. */
    static final String TODAY_BY_NUMBER =
            "SELECT id FROM ticket WHERE site_id = ? AND business_day = ? AND number = ? ORDER BY issued_at DESC, id DESC";

    @Override
    public Optional<TicketView> today(String siteId, String number) {
        Optional<Site> site = directory.site(siteId);
        if (site.isEmpty() || number == null) {
            return Optional.empty();
        }
        LocalDate day = clock.instant().atZone(site.get().timeZone()).toLocalDate();
        return jdbc
                .sql(TODAY_BY_NUMBER)
                .params(siteId, day, number.strip().toUpperCase(Locale.ROOT))
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .flatMap(rows::find)
                .map(row -> views.view(row, clock.instant()));
    }

    @Override
    public Optional<LocalDate> businessDayOf(String ticketId) {
        return rows.find(ticketId).map(TicketRow::businessDay);
    }
}
