package fi.vuoro.server.reception;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fi.vuoro.server.health.DeviceHealth;
import fi.vuoro.server.health.DeviceState;
import fi.vuoro.server.health.HealthText;
import fi.vuoro.server.lobby.Alert;
import fi.vuoro.server.lobby.Alerts;
import fi.vuoro.server.lobby.GreetEntry;
import fi.vuoro.server.lobby.GreetList;
import fi.vuoro.server.lobby.HelpDesk;
import fi.vuoro.server.lobby.HelpRequest;
import fi.vuoro.server.lobby.HelpStatus;
import fi.vuoro.server.lobby.KioskOverride;
import fi.vuoro.server.lobby.KioskOverrides;
import fi.vuoro.server.lobby.LobbyFeed;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.NotFoundException;
import fi.vuoro.server.ui.ConnectionBanner;
import fi.vuoro.server.ui.ScreenBroadcaster;
import fi.vuoro.server.ui.ServiceNames;
import fi.vuoro.server.ui.StaffIdentity;
import fi.vuoro.server.ui.StaffLanguage;
import fi.vuoro.server.ui.Texts;
import fi.vuoro.server.ui.WaitText;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reception console: help requests, alerts, the to-greet list, the live lobby, kiosks and the desk. Every list
 * is redrawn from the services on any change of the site (queue, lobby or device health), so what it shows is the
 * true state, also right after a reconnect. {@code ?site=} picks the site, {@code ?lang=} the language.
 */
@Route("reception")
@RolesAllowed({"RECEPTION", "ADMIN"})
public class ReceptionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final QueueCommands commands;
    private final QueueReader reader;
    private final SiteDirectory sites;
    private final ScreenBroadcaster broadcaster;
    private final LobbyFeed lobbyFeed;
    private final HelpDesk helpDesk;
    private final GreetList greetList;
    private final Alerts alerts;
    private final KioskOverrides overrides;
    private final DeviceHealth health;
    private final Clock clock;

    private final ConnectionBanner banner = new ConnectionBanner();
    private final Div help = section("help-requests");
    private final Div alertList = section("alerts");
    private final Div toGreet = section("to-greet");
    private final Div lobby = section("lobby");
    private final Div kiosks = section("kiosks");
    private final Div desk = section("desk");

    private final Map<String, AlertCard> alertCards = new java.util.HashMap<>();
    /** At most one redraw queued: a burst of changes costs one redraw, not one per change. */
    private final java.util.concurrent.atomic.AtomicBoolean refreshQueued =
            new java.util.concurrent.atomic.AtomicBoolean();

    private Site site;
    private ServiceNames serviceNames = ServiceNames.of(List.of());
    private List<Service> services = List.of();
    private Registration queueRegistration;
    private Registration lobbyRegistration;

    public ReceptionView(
            QueueCommands commands,
            QueueReader reader,
            SiteDirectory sites,
            ScreenBroadcaster broadcaster,
            LobbyFeed lobbyFeed,
            HelpDesk helpDesk,
            GreetList greetList,
            Alerts alerts,
            KioskOverrides overrides,
            DeviceHealth health,
            org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        this.commands = commands;
        this.reader = reader;
        this.sites = sites;
        this.broadcaster = broadcaster;
        this.lobbyFeed = lobbyFeed;
        this.helpDesk = helpDesk;
        this.greetList = greetList;
        this.alerts = alerts;
        this.overrides = overrides;
        this.health = health;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        addClassName("reception-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reception.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        StaffLanguage.apply(event);
        List<String> ids = sites.siteIds();
        String siteId =
                query.getSingleParameter("site").filter(ids::contains).orElse(ids.isEmpty() ? null : ids.getFirst());
        site = siteId == null ? null : sites.site(siteId).orElse(null);
        removeAll();
        alertList.removeAll();
        alertCards.clear();
        if (site == null) {
            add(new H1(getTranslation("reception.noSite")));
            return;
        }
        services = sites.services(site.id());
        serviceNames = ServiceNames.of(services);
        var header = new Div(new H1(getTranslation("reception.title")), new Span(site.name()), banner);
        header.addClassName("reception-header");
        var left = new Div(
                heading("reception.helpRequests"),
                help,
                heading("reception.alerts"),
                alertList,
                heading("reception.toGreet"),
                toGreet);
        left.addClassName("reception-column");
        var middle = new Div(heading("reception.lobby"), lobby);
        middle.addClassName("reception-column");
        var right = new Div(heading("reception.desk"), desk, heading("reception.kiosks"), kiosks);
        right.addClassName("reception-column");
        var columns = new Div(left, middle, right);
        columns.addClassName("reception-columns");
        add(header, columns);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (site == null) return;
        UI ui = attachEvent.getUI();
        banner.install();
        queueRegistration = broadcaster.register(site.id(), event -> refreshLater(ui));
        lobbyRegistration = lobbyFeed.register(site.id(), () -> refreshLater(ui));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (queueRegistration != null) queueRegistration.remove();
        if (lobbyRegistration != null) lobbyRegistration.remove();
        queueRegistration = null;
        lobbyRegistration = null;
    }

    private void refreshLater(UI ui) {
        if (refreshQueued.compareAndSet(false, true)) {
            ui.access(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    void refresh() {
        if (site == null) return;
        Instant now = clock.instant();
        List<TicketView> open = reader.snapshot(site.id()).tickets();
        Map<String, TicketView> byId = open.stream().collect(Collectors.toMap(TicketView::id, Function.identity()));
        Map<String, DeviceState> devices =
                health.states(site.id()).stream().collect(Collectors.toMap(DeviceState::deviceId, Function.identity()));
        drawHelp(now, devices, byId);
        drawAlerts(now, devices);
        drawToGreet(now);
        drawLobby(open, now);
        drawDesk();
        drawKiosks(
                devices.values().stream()
                        .filter(d -> "KIOSK".equals(d.kind()) && !d.revoked())
                        .sorted(java.util.Comparator.comparing(DeviceState::name))
                        .toList(),
                now);
    }

    private void drawHelp(Instant now, Map<String, DeviceState> devices, Map<String, TicketView> tickets) {
        help.removeAll();
        List<HelpRequest> requests = helpDesk.active(site.id());
        if (requests.isEmpty()) help.add(empty("reception.noHelpRequests"));
        for (HelpRequest r : requests) {
            var card = card("help-card", r.status() == HelpStatus.OPEN ? "urgent" : "answered");
            card.getElement().setAttribute("data-request-id", r.id());
            String kiosk = devices.containsKey(r.deviceId())
                    ? devices.get(r.deviceId()).name()
                    : r.deviceId();
            card.add(line(
                    "card-title",
                    getTranslation("help.reason." + r.reason().name()) + " · " + kiosk + " · "
                            + ago(r.requestedAt(), now)));
            card.add(line(
                    "card-detail",
                    getTranslation(
                                    "reception.step",
                                    r.step() == null ? "–" : Texts.of(this).getOr("help.step." + r.step(), r.step()))
                            + (r.language() == null ? "" : " · " + r.language().toUpperCase(Locale.ROOT))
                            + (r.ticketId() != null && tickets.containsKey(r.ticketId())
                                    ? " · " + tickets.get(r.ticketId()).number()
                                    : "")));
            if (r.status() == HelpStatus.ANSWERED) {
                card.add(line("card-detail", getTranslation("reception.coming", r.answeredName())));
            }
            var trail = new Div();
            trail.addClassName("trail");
            // Stored as the kiosk sent it (step codes); worded now, in this reader's language.
            Texts texts = Texts.of(this);
            r.trail()
                    .forEach(t -> trail.add(line(
                            "trail-line", TrailText.describe(t, id -> serviceNames.name(id, getLocale()), texts))));
            card.add(trail);
            var actions = actions(
                    button("reception.imComing", "im-coming", () -> helpDesk.answer(r.id(), me())),
                    button("reception.greeted", "greeted", () -> helpDesk.greeted(r.id(), me())));
            if (r.ticketId() == null && !services.isEmpty()) {
                Select<Service> service = ReceptionActions.serviceSelect(this, services, serviceNames);
                service.addClassName("finish-service");
                actions.add(service, button("reception.finishCheckIn", "finish-check-in", () -> {
                    TicketView t =
                            helpDesk.finishCheckIn(r.id(), service.getValue().id(), me());
                    Notification.show(getTranslation("reception.ticketIssued", t.number()));
                }));
            }
            card.add(actions);
            help.add(card);
        }
    }

    /**
     * Alert cards are kept by id and updated in place: each carries a "what was done" field, and a redraw caused by
     * someone else's change must not throw away what the clerk is typing.
     */
    private void drawAlerts(Instant now, Map<String, DeviceState> devices) {
        List<Alert> open = alerts.open(site.id());
        var ids = open.stream().map(Alert::id).collect(Collectors.toSet());
        alertCards.entrySet().removeIf(e -> {
            if (ids.contains(e.getKey())) return false;
            alertList.remove(e.getValue().card());
            return true;
        });
        alertList
                .getChildren()
                .filter(c -> c.getClassNames().contains("empty"))
                .toList()
                .forEach(alertList::remove);
        if (open.isEmpty()) alertList.add(empty("reception.noAlerts"));
        for (int i = 0; i < open.size(); i++) {
            Alert a = open.get(i);
            AlertCard existing = alertCards.get(a.id());
            if (existing == null) {
                existing = alertCard(a);
                alertCards.put(a.id(), existing);
                alertList.addComponentAtIndex(
                        Math.min(i, (int) alertList.getChildren().count()), existing.card());
            }
            String about = a.deviceId() != null
                    ? (devices.containsKey(a.deviceId())
                            ? devices.get(a.deviceId()).name()
                            : a.deviceId())
                    : reader.find(a.ticketId()).map(TicketView::number).orElse("");
            existing.title()
                    .setText(getTranslation("alert." + a.kind().name()) + " · " + about + " · "
                            + ago(a.raisedAt(), now));
            String deviceName = a.deviceId() == null
                    ? null
                    : devices.containsKey(a.deviceId())
                            ? devices.get(a.deviceId()).name()
                            : a.deviceId();
            existing.detail().setText(AlertText.describe(a, deviceName, this::getTranslation));
        }
    }

    private record AlertCard(Div card, Span title, Span detail) {}

    private AlertCard alertCard(Alert a) {
        var card = card("alert-card", a.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        card.getElement().setAttribute("data-kind", a.kind().name());
        card.getElement().setAttribute("data-alert-id", a.id());
        var title = line("card-title", "");
        var detail = line("card-detail", "");
        card.add(title, detail);
        var what = new TextField();
        what.setPlaceholder(getTranslation("reception.whatWasDone"));
        what.setAriaLabel(getTranslation("reception.whatWasDone"));
        what.addClassName("resolution");
        what.setMaxLength(500);
        what.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        card.add(actions(
                what, button("reception.resolve", "resolve", () -> alerts.resolve(a.id(), what.getValue(), me()))));
        return new AlertCard(card, title, detail);
    }

    private void drawToGreet(Instant now) {
        toGreet.removeAll();
        List<GreetEntry> entries = greetList.toGreet(site.id());
        if (entries.isEmpty()) toGreet.add(empty("reception.nobodyToGreet"));
        for (GreetEntry e : entries) {
            var card = card("greet-card", e.answeredBy() == null ? "" : "answered");
            card.getElement().setAttribute("data-visit-id", e.visitId());
            card.add(line(
                    "card-title",
                    e.ticket().number() + " · " + serviceNames.name(e.ticket().serviceId(), getLocale()) + " · "
                            + ago(e.addedAt(), now)));
            card.add(line(
                    "card-detail",
                    e.reasons().stream()
                            .map(r -> getTranslation("greet.reason." + r.name()))
                            .sorted()
                            .collect(Collectors.joining(", "))));
            card.add(actions(
                    button("reception.imComing", "im-coming", () -> greetList.coming(e.visitId(), me())),
                    button("reception.greeted", "greeted", () -> greetList.greeted(e.visitId(), me()))));
            toGreet.add(card);
        }
    }

    private void drawLobby(List<TicketView> open, Instant now) {
        lobby.removeAll();
        List<TicketView> newestFirst = open.stream()
                .sorted(java.util.Comparator.comparing(TicketView::issuedAt).reversed())
                .toList();
        if (newestFirst.isEmpty()) lobby.add(empty("reception.lobbyEmpty"));
        ZoneId zone = site.timeZone();
        for (TicketView t : newestFirst) {
            var row = card("arrival", t.priority() == PriorityClass.URGENT ? "urgent" : "");
            row.getElement().setAttribute("data-ticket-id", t.id());
            String state = getTranslation("status." + t.status().name())
                    + (t.status() == TicketStatus.WAITING && t.estimatedWaitSeconds() != null
                            ? " · "
                                    + WaitText.describe(
                                            "reception.wait", t.estimatedWaitSeconds(), t.position(), Texts.of(this))
                            : "")
                    + (t.priority() == PriorityClass.NORMAL
                            ? ""
                            : " · "
                                    + getTranslation(
                                            "priority." + t.priorityReason().name()));
            row.add(line("card-title", t.number() + " · " + serviceNames.name(t.serviceId(), getLocale())));
            row.add(line("card-detail", TIME.format(t.issuedAt().atZone(zone)) + " · " + state));
            var actions = actions(button(
                    "reception.greetPersonally", "greet-personally", () -> greetList.markPersonally(t.id(), me())));
            if (t.status() == TicketStatus.WAITING) {
                actions.add(
                        button("reception.raiseUrgency", "raise-urgency", () -> ReceptionActions.urgency(
                                        this,
                                        reason -> act(() ->
                                                commands.raisePriority(t.id(), PriorityClass.URGENT, reason, me())))
                                .open()),
                        button("reception.transfer", "transfer", () -> ReceptionActions.transfer(
                                        this,
                                        services,
                                        serviceNames,
                                        (serviceId, note) ->
                                                act(() -> commands.transfer(t.id(), serviceId, null, note, me())))
                                .open()));
            }
            row.add(actions);
            lobby.add(row);
        }
    }

    private void drawDesk() {
        if (desk.getChildren().findAny().isPresent()) return; // keep the clerk's choice across redraws
        Select<Service> service = ReceptionActions.serviceSelect(this, services, serviceNames);
        service.addClassName("desk-service");
        desk.add(actions(service, button("reception.issueTicket", "issue-ticket", () -> {
            TicketView t = commands.issue(new IssueRequest(
                    site.id(),
                    service.getValue().id(),
                    getLocale().getLanguage(),
                    null,
                    null,
                    null,
                    null,
                    UUID.randomUUID().toString(),
                    me()));
            Notification.show(getTranslation("reception.ticketIssued", t.number()));
        })));
    }

    private void drawKiosks(List<DeviceState> states, Instant now) {
        kiosks.removeAll();
        if (states.isEmpty()) kiosks.add(empty("reception.noKiosks"));
        for (DeviceState d : states) {
            KioskOverride o = overrides.current(d.deviceId());
            boolean trouble = !d.troubles().isEmpty();
            var card = card("kiosk-card", trouble ? "trouble" : d.silentAt(now) ? "silent" : "");
            card.getElement().setAttribute("data-device-id", d.deviceId());
            card.add(line("card-title", d.name()));
            card.add(line("card-detail", HealthText.summary(this, d, now)));
            if (o.staffed() || o.locked() || o.message() != null) {
                card.add(line(
                        "card-detail override",
                        (o.staffed() ? getTranslation("reception.staffedActive") + " " : "")
                                + (o.locked() ? getTranslation("reception.locked") + " " : "")
                                + (o.message() != null ? "“" + o.message() + "”" : "")));
            }
            card.add(actions(
                    button(
                            o.staffed() ? "reception.staffedOff" : "reception.staffedOn",
                            "staffed",
                            () -> overrides.setStaffed(d.deviceId(), !o.staffed(), me())),
                    button("reception.sendMessage", "message", () -> ReceptionActions.message(
                                    this,
                                    o.message(),
                                    text -> act(() -> overrides.setMessage(d.deviceId(), text, me())))
                            .open()),
                    o.locked()
                            ? button("reception.unlock", "unlock", () -> overrides.unlock(d.deviceId(), me()))
                            : button("reception.lock", "lock", () -> ReceptionActions.lock(
                                            this, reason -> act(() -> overrides.lock(d.deviceId(), reason, me())))
                                    .open())));
            kiosks.add(card);
        }
    }

    private Button button(String key, String className, Runnable action) {
        var b = new Button(getTranslation(key), e -> act(action));
        b.addClassName(className);
        if (className.equals("im-coming") || className.equals("issue-ticket")) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    /** Runs one action; a conflict (someone else was faster, the visitor left) is said plainly, then redraw. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (ConflictException | NotFoundException | InvalidInputException e) {
            var note = Notification.show(getTranslation("reception.actionFailed", e.getMessage()));
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private String ago(Instant then, Instant now) {
        long minutes = Math.max(0, Duration.between(then, now).toMinutes());
        return getTranslation("reception.minutesAgo", minutes);
    }

    private static String me() {
        return StaffIdentity.currentName();
    }

    private H2 heading(String key) {
        return new H2(getTranslation(key));
    }

    private Span empty(String key) {
        var s = new Span(getTranslation(key));
        s.addClassName("empty");
        return s;
    }

    private static Div section(String className) {
        var d = new Div();
        d.addClassName(className);
        return d;
    }

    private static Div card(String className, String modifier) {
        var d = new Div();
        d.addClassName("card");
        d.addClassName(className);
        if (!modifier.isBlank()) d.addClassName(modifier);
        return d;
    }

    private static Span line(String className, String text) {
        var s = new Span(text);
        for (String c : className.split(" ")) s.addClassName(c);
        return s;
    }

    private static Div actions(Component... components) {
        var d = new Div(components);
        d.addClassName("card-actions");
        return d;
    }
}
