package fi.vuoro.server.display;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.QueueSnapshot;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.ui.ScreenBroadcaster;
import fi.vuoro.server.ui.ServiceNames;
import fi.vuoro.server.ui.StaffTranslations;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The waiting-room TV. {@code ?lang=sv} picks one of the site's languages (default: the site's first),
 * {@code &speak=true} adds a spoken announcement after the chime.
 */
@Route("display/:site")
@AnonymousAllowed
public class DisplayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int BIG_CARDS = 3;
    static final int LAST_CALLS = 6;

    private final QueueReader reader;
    private final SiteDirectory sites;
    private final ScreenBroadcaster broadcaster;
    private final DisplayAccess access;
    private final Announcer announcer = new Announcer(this);

    private final Div nowCalling = new Div();
    private final Div lastCalls = new Div();
    private final Div waiting = new Div();
    private final Span urgentLine = new Span();

    private Site site;
    private boolean speak;
    private Map<String, String> counterNames = Map.of();
    private ServiceNames serviceNames = ServiceNames.of(List.of());
    private Registration registration;
    private Registration configRegistration;

    public DisplayView(QueueReader reader, SiteDirectory sites, ScreenBroadcaster broadcaster, DisplayAccess access) {
        this.reader = reader;
        this.sites = sites;
        this.broadcaster = broadcaster;
        this.access = access;
        addClassName("display-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        site = null;
        var query = event.getLocation().getQueryParameters();
        String siteId = event.getRouteParameters().get("site").orElse("");
        String token = query.getSingleParameter("token").orElse(null);
        Optional<Site> found = sites.site(siteId);
        if (found.isEmpty() || !access.allows(siteId, token)) {
            // Same answer for an unknown site and a wrong token: the address reveals nothing.
            add(new H2(getTranslation("display.notAuthorised")));
            return;
        }
        site = found.get();
        String lang = query.getSingleParameter("lang")
                .filter(site.languages()::contains)
                .orElse(site.languages().isEmpty() ? "fi" : site.languages().getFirst());
        UI.getCurrent().setLocale(StaffTranslations.supported(Locale.of(lang)));
        speak = query.getSingleParameter("speak").map(Boolean::parseBoolean).orElse(false);
        counterNames = sites.counters(site.id()).stream().collect(Collectors.toMap(Counter::id, Counter::name));
        serviceNames = ServiceNames.of(sites.services(site.id()));
        build();
    }

    private void build() {
        var header = new Div(new Span(site.name()), new Span(getTranslation("display.nowCalling")));
        header.addClassName("display-header");
        nowCalling.addClassName("now-calling");
        var side = new Div(
                new H2(getTranslation("display.lastCalls")),
                lastCalls,
                new H2(getTranslation("display.waiting")),
                waiting);
        side.addClassName("side");
        urgentLine.addClassName("urgent-line");
        add(header, nowCalling, side, urgentLine);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (site == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        announcer.install();
        registration = broadcaster.register(site.id(), event -> ui.access(() -> onQueueEvent(event)));
        // An admin renamed a service or counter: show the new names at once.
        configRegistration = broadcaster.registerConfig(site.id(), change -> ui.access(this::reloadNames));
        // A reconnected or reloaded screen shows the true state, not what it last heard.
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        if (configRegistration != null) {
            configRegistration.remove();
            configRegistration = null;
        }
    }

    private void reloadNames() {
        counterNames = sites.counters(site.id()).stream().collect(Collectors.toMap(Counter::id, Counter::name));
        serviceNames = ServiceNames.of(sites.services(site.id()));
        refresh();
    }

    private void onQueueEvent(QueueEvent event) {
        refresh();
        if (event instanceof QueueEvent.TicketCalled || event instanceof QueueEvent.TicketRecalled) {
            TicketView t = event.ticket();
            String counter = counterNames.getOrDefault(t.counterId(), "");
            String speech = speak ? getTranslation("display.announcement", t.number(), counter) : null;
            announcer.announce(t.number(), speech, getLocale().getLanguage());
        }
    }

    private void refresh() {
        QueueSnapshot snapshot = reader.snapshot(site.id());
        Comparator<TicketView> latestFirst = Comparator.comparing(
                        (TicketView t) -> t.calledAt() == null ? Instant.MIN : t.calledAt())
                .reversed();
        List<TicketView> called = snapshot.tickets().stream()
                .filter(t -> t.status() == TicketStatus.CALLED)
                .sorted(latestFirst)
                .toList();
        List<TicketView> earlier = snapshot.tickets().stream()
                .filter(t -> t.status() == TicketStatus.SERVING
                        || (t.status() == TicketStatus.CALLED && called.indexOf(t) >= BIG_CARDS))
                .sorted(latestFirst)
                .limit(LAST_CALLS)
                .toList();

        nowCalling.removeAll();
        if (called.isEmpty()) {
            var empty = new Span(getTranslation("display.noCalls"));
            empty.addClassName("empty");
            nowCalling.add(empty);
        }
        called.stream().limit(BIG_CARDS).forEach(t -> nowCalling.add(card(t, t == called.getFirst())));
        lastCalls.removeAll();
        earlier.forEach(t -> lastCalls.add(row("last-call", t.number(), counterName(t))));
        waiting.removeAll();
        Map<String, QueueSnapshot.ServiceSummary> summaries = snapshot.services().stream()
                .collect(Collectors.toMap(QueueSnapshot.ServiceSummary::serviceId, Function.identity()));
        serviceNames.byId().values().stream()
                .sorted(Comparator.comparingInt(s -> s.sortOrder()))
                .map(s -> summaries.get(s.id()))
                .filter(s -> s != null && s.open())
                .forEach(s -> waiting.add(row(
                        "waiting-row",
                        serviceNames.name(s.serviceId(), getLocale()),
                        getTranslation("display.waitingCount", s.waiting()))));
        boolean urgentAhead = !called.isEmpty() && called.getFirst().priority() == PriorityClass.URGENT;
        urgentLine.setText(urgentAhead ? getTranslation("display.urgentAhead") : "");
    }

    private Div card(TicketView t, boolean latest) {
        var number = new Span(t.number());
        number.addClassName("call-number");
        var counter = new Span(counterName(t));
        counter.addClassName("call-counter");
        var card = new Div(number, counter);
        card.addClassName("call-card");
        if (latest) {
            card.addClassName("latest");
        }
        return card;
    }

    private static Div row(String className, String left, String right) {
        var row = new Div(new Span(left), new Span(right));
        row.addClassName(className);
        return row;
    }

    private String counterName(TicketView t) {
        return counterNames.getOrDefault(t.counterId(), "");
    }

    int announced() {
        return announcer.announced();
    }
}
