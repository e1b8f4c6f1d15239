package fi.vuoro.server.counter;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.vuoro.server.login.SignOutButton;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.QueueSnapshot;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.NotFoundException;
import fi.vuoro.server.ui.ConnectionBanner;
import fi.vuoro.server.ui.ScreenBroadcaster;
import fi.vuoro.server.ui.ServiceNames;
import fi.vuoro.server.ui.StaffIdentity;
import fi.vuoro.server.ui.StaffLanguage;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The counter workstation. {@code ?site=..&counter=..} preselects the counter so a workstation can bookmark it.
 * Shortcuts: F2 call next, F3 recall, F4 complete.
 */
@Route("counter")
@RolesAllowed({"COUNTER", "RECEPTION", "ADMIN"})
public class CounterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QueueCommands commands;
    private final QueueReader reader;
    private final SiteDirectory sites;
    private final ScreenBroadcaster broadcaster;

    private final Select<String> siteSelect = new Select<>();
    private final Select<Counter> counterSelect = new Select<>();
    private final Span nextPreview = new Span();
    private final ComboBox<TicketView> specificTicket = new ComboBox<>();
    private final Button callNext = new Button();
    private final Button callSpecific = new Button();
    private final H1 title = new H1();
    private final SignOutButton signOut;
    private final CurrentVisitPanel current;
    private final ParkedList parked;

    private final ConnectionBanner banner = new ConnectionBanner();
    private ServiceNames serviceNames = ServiceNames.of(List.of());
    private Registration queueRegistration;

    public CounterView(
            QueueCommands commands,
            QueueReader reader,
            SiteDirectory sites,
            ScreenBroadcaster broadcaster,
            AuthenticationContext authentication) {
        this.commands = commands;
        this.reader = reader;
        this.sites = sites;
        this.broadcaster = broadcaster;
        addClassName("counter-view");
        current = new CurrentVisitPanel(commands, this::act, () -> serviceNames, sites);
        parked = new ParkedList(id -> act(() -> commands.returnToQueue(id, StaffIdentity.currentName())));

        siteSelect.addClassName("site-select");
        siteSelect.setItems(sites.siteIds());
        siteSelect.setItemLabelGenerator(id -> sites.site(id).map(s -> s.name()).orElse(id));
        siteSelect.addValueChangeListener(e -> siteChanged(e.getValue()));
        counterSelect.setItemLabelGenerator(Counter::name);
        counterSelect.addValueChangeListener(e -> refresh());

        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        callNext.addClassName("call-next");
        callNext.addClickListener(e -> callNext());
        callNext.addClickShortcut(Key.F2);
        specificTicket.setItemLabelGenerator(t -> t.number() + " · " + serviceNames.name(t.serviceId(), getLocale()));
        callSpecific.addClassName("call-specific");
        callSpecific.addClickListener(e -> Optional.ofNullable(specificTicket.getValue())
                .ifPresent(t -> act(() -> commands.call(counterId(), t.id(), StaffIdentity.currentName()))));
        nextPreview.addClassName("next-preview");

        signOut = new SignOutButton(authentication);
        var header = new HorizontalLayout(title, siteSelect, counterSelect, banner, signOut);
        header.setAlignItems(Alignment.BASELINE);
        var calling = new HorizontalLayout(callNext, specificTicket, callSpecific);
        calling.setAlignItems(Alignment.BASELINE);
        add(header, current, calling, nextPreview, parked);
    }

    /**
     * Every fixed text, set after the language is known ({@link StaffLanguage#apply} in {@link #beforeEnter}): built
     * in the constructor they would stay in the language the UI had before {@code ?lang=} applied.
     */
    private void applyTexts() {
        title.setText(getTranslation("counter.title"));
        siteSelect.setLabel(getTranslation("counter.site"));
        counterSelect.setLabel(getTranslation("counter.counter"));
        callNext.setText(getTranslation("counter.callNext") + " (F2)");
        specificTicket.setPlaceholder(getTranslation("counter.specificTicket"));
        callSpecific.setText(getTranslation("counter.callSpecific"));
        signOut.setText(getTranslation("login.signOut"));
        current.applyTexts();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counter.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        StaffLanguage.apply(event);
        applyTexts();
        List<String> siteIds = sites.siteIds();
        String site = query.getSingleParameter("site")
                .filter(siteIds::contains)
                .orElse(siteIds.isEmpty() ? null : siteIds.getFirst());
        siteSelect.setValue(site);
        query.getSingleParameter("counter")
                .flatMap(id -> counterSelect
                        .getListDataView()
                        .getItems()
                        .filter(c -> c.id().equals(id))
                        .findFirst())
                .ifPresent(counterSelect::setValue);
        if (isAttached()) {
            // The same view entered again (a new ?lang=, say): redraw the visit's notes and history in it too.
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        banner.install();
        listenTo(ui, siteSelect.getValue());
        // Resynchronise on every attach: after a reconnect the events in between were never seen here.
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening();
    }

    private void siteChanged(String siteId) {
        serviceNames = siteId == null ? ServiceNames.of(List.of()) : ServiceNames.of(sites.services(siteId));
        List<Counter> counters = siteId == null ? List.of() : sites.counters(siteId);
        counterSelect.setItems(counters);
        if (!counters.isEmpty()) {
            counterSelect.setValue(counters.getFirst());
        }
        getUI().ifPresent(ui -> listenTo(ui, siteId));
        refresh();
    }

    private void listenTo(UI ui, String siteId) {
        stopListening();
        if (siteId != null) {
            queueRegistration = broadcaster.register(siteId, event -> ui.access(this::refresh));
        }
    }

    private void stopListening() {
        if (queueRegistration != null) {
            queueRegistration.remove();
            queueRegistration = null;
        }
    }

    private void callNext() {
        if (counterId() == null) {
            return;
        }
        try {
            Optional<TicketView> called = commands.callNext(counterId(), StaffIdentity.currentName());
            if (called.isEmpty()) {
                Notification.show(getTranslation("counter.nobodyWaiting"));
            }
        } catch (ConflictException | NotFoundException e) {
            error(e);
        }
        refresh();
    }

    /** Runs one queue command, tells the clerk plainly when the ticket moved on meanwhile, and redraws. */
    void act(Supplier<?> command) {
        try {
            command.get();
        } catch (ConflictException | NotFoundException e) {
            error(e);
        }
        refresh();
    }

    private void error(RuntimeException e) {
        var note = Notification.show(getTranslation("counter.actionFailed", e.getMessage()));
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String counterId() {
        Counter counter = counterSelect.getValue();
        return counter == null ? null : counter.id();
    }

    private void refresh() {
        Counter counter = counterSelect.getValue();
        String siteId = siteSelect.getValue();
        if (counter == null || siteId == null) {
            current.show(null, null);
            nextPreview.setText(getTranslation("counter.chooseCounter"));
            callNext.setEnabled(false);
            return;
        }
        QueueSnapshot snapshot = reader.snapshot(siteId);
        List<TicketView> mine = snapshot.tickets().stream()
                .filter(t -> counter.id().equals(t.counterId()))
                .toList();
        TicketView active = mine.stream()
                .filter(t -> t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING)
                .findFirst()
                .orElse(null);
        current.show(active, active == null ? null : commands.visitOf(active.id()));
        parked.show(mine.stream().filter(t -> t.status() == TicketStatus.PARKED).toList(), serviceNames, getLocale());

        List<TicketView> callable = snapshot.tickets().stream()
                .filter(t -> t.status() == TicketStatus.WAITING)
                .filter(t -> counter.workProfile().serves(t.serviceId()))
                .filter(t -> t.counterId() == null || t.counterId().equals(counter.id()))
                .toList();
        specificTicket.setItems(callable);
        nextPreview.setText(
                callable.isEmpty()
                        ? getTranslation("counter.nobodyWaiting")
                        : getTranslation(
                                "counter.nextPreview",
                                callable.getFirst().number(),
                                serviceNames.name(callable.getFirst().serviceId(), getLocale()),
                                callable.size()));
        callNext.setEnabled(active == null);
        callSpecific.setEnabled(active == null);
    }
}
