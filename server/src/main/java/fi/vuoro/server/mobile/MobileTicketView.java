package fi.vuoro.server.mobile;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.queue.VisitRecord;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.NotFoundException;
import fi.vuoro.server.ui.ScreenBroadcaster;
import fi.vuoro.server.ui.ServiceNames;
import fi.vuoro.server.ui.StaffTranslations;
import fi.vuoro.server.ui.Texts;
import fi.vuoro.server.ui.WaitText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The visitor's own ticket on their phone, following the visit across transfers. {@code ?lang=} overrides. */
@Route("t/:token")
@AnonymousAllowed
public class MobileTicketView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String VISITOR = "visitor";

    private final MobileTicketLinks links;
    private final QueueCommands commands;
    private final QueueReader reader;
    private final SiteDirectory sites;
    private final ScreenBroadcaster broadcaster;

    private final H1 number = new H1();
    private final Paragraph service = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final Paragraph detail = new Paragraph();
    private final Paragraph transferred = new Paragraph();
    private final Button onMyWay = new Button();
    private final Button leave = new Button();

    private String firstTicketId;
    private TicketView current;
    private ServiceNames serviceNames = ServiceNames.of(List.of());
    private Registration registration;

    public MobileTicketView(
            MobileTicketLinks links,
            QueueCommands commands,
            QueueReader reader,
            SiteDirectory sites,
            ScreenBroadcaster broadcaster) {
        this.links = links;
        this.commands = commands;
        this.reader = reader;
        this.sites = sites;
        this.broadcaster = broadcaster;
        addClassName("mobile-ticket");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mobile.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        firstTicketId = null;
        var query = event.getLocation().getQueryParameters();
        Optional<String> id =
                links.ticketId(event.getRouteParameters().get("token").orElse(null));
        Optional<VisitRecord> visit = id.flatMap(this::visit);
        if (visit.isEmpty()) {
            add(new H1(getTranslation("mobile.notFound")));
            return;
        }
        firstTicketId = id.get();
        TicketView first = visit.get().tickets().getFirst();
        String lang = query.getSingleParameter("lang").orElse(first.language());
        UI.getCurrent().setLocale(StaffTranslations.supported(Locale.of(lang == null ? "fi" : lang)));
        serviceNames = ServiceNames.of(sites.services(first.siteId()));
        number.addClassName("ticket-number");
        state.addClassName("ticket-state");
        detail.addClassName("ticket-detail");
        transferred.addClassName("ticket-transferred");
        onMyWay.setText(getTranslation("mobile.onMyWay"));
        onMyWay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        onMyWay.addClickListener(e -> onMyWay());
        leave.setText(getTranslation("mobile.leave"));
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        leave.addClickListener(e -> confirmLeave());
        var actions = new Div(onMyWay, leave);
        actions.addClassName("ticket-actions");
        add(new Paragraph(getTranslation("mobile.yourNumber")), number, service, state, detail, transferred, actions);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (firstTicketId == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        // Every change at the site may move this visitor's place, so any site event redraws from the true state.
        registration = broadcaster.register(
                visit(firstTicketId).orElseThrow().tickets().getFirst().siteId(), event -> ui.access(this::refresh));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private Optional<VisitRecord> visit(String ticketId) {
        try {
            return Optional.of(commands.visitOf(ticketId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** When the latest hand-over happened, in the site's time, e.g. "10:42". */
    private String handedOverAt(VisitRecord visit) {
        var zone = sites.site(current.siteId())
                .map(fi.vuoro.server.site.Site::timeZone)
                .orElse(java.time.ZoneId.systemDefault());
        return visit.history().stream()
                .filter(h -> "TRANSFERRED".equals(h.action()))
                .map(h -> java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(h.at().atZone(zone)))
                .reduce((a, b) -> b)
                .orElse("");
    }

    private void refresh() {
        VisitRecord visit = visit(firstTicketId).orElse(null);
        if (visit == null) {
            return;
        }
        // The open ticket is the visit's current one; tickets issued in the same instant may list in any order.
        TicketView last = visit.tickets().stream()
                .filter(t -> t.status().isOpen())
                .findFirst()
                .orElse(visit.tickets().getLast());
        current = reader.find(last.id()).orElse(last);
        number.setText(current.number());
        service.setText(serviceNames.name(current.serviceId(), getLocale()));
        transferred.setText(
                visit.tickets().size() > 1
                        ? getTranslation(
                                        "mobile.transferred",
                                        serviceNames.name(current.serviceId(), getLocale()),
                                        handedOverAt(visit))
                                + " " + whereToGo(current)
                        : "");
        detail.setText("");
        switch (current.status()) {
            case WAITING -> {
                state.setText(
                        current.position() == null
                                ? getTranslation("status.WAITING")
                                : current.position() == 1
                                        ? getTranslation("mobile.next")
                                        : getTranslation("mobile.position", current.position()));
                String wait = WaitText.describe(
                        "mobile.wait", current.estimatedWaitSeconds(), current.position(), Texts.of(this));
                if (wait != null) detail.setText(wait);
            }
            case CALLED -> state.setText(getTranslation("mobile.called", counterName(current)));
            case SERVING -> state.setText(getTranslation("status.SERVING"));
            case PARKED -> state.setText(getTranslation("mobile.parked"));
            case CANCELLED -> state.setText(getTranslation("mobile.left"));
            default -> state.setText(getTranslation("mobile.done"));
        }
        onMyWay.setVisible(current.status() == TicketStatus.CALLED || current.status() == TicketStatus.WAITING);
        leave.setVisible(current.status() == TicketStatus.WAITING);
    }

    private String whereToGo(TicketView ticket) {
        return sites.service(ticket.serviceId())
                .map(s -> s.whereToGo().getOrDefault(getLocale().getLanguage(), ""))
                .orElse("");
    }

    private String counterName(TicketView ticket) {
        return sites.counter(ticket.counterId()).map(Counter::name).orElse("");
    }

    private void onMyWay() {
        // Staff read notes in their own language; the note is short and fixed, so fi/sv/en staff all read it.
        commands.addNote(current.id(), getTranslation("mobile.onMyWayNote"), VISITOR);
        onMyWay.setEnabled(false);
        detail.setText(getTranslation("mobile.onMyWayNoted"));
    }

    private void confirmLeave() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("mobile.leave"));
        dialog.setText(getTranslation("mobile.leaveConfirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("mobile.leave"));
        dialog.addConfirmListener(e -> {
            try {
                commands.cancel(current.id(), VISITOR);
            } catch (ConflictException ignored) {
                // Called meanwhile: the refresh below shows the new state instead.
            }
            refresh();
        });
        dialog.open();
    }
}
