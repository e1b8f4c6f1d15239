package fi.vuoro.server.health;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.vuoro.server.ui.ConnectionBanner;
import fi.vuoro.server.ui.StaffLanguage;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The device health board ({@code /health}): every paired device of every site with its printer, card reader and
 * scanner state, when it was last heard from, and its recent changes. Redraws on every status report.
 */
@Route("health")
@RolesAllowed({"RECEPTION", "ADMIN"})
public class HealthBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int HISTORY_SHOWN = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM. HH:mm:ss");

    private final DeviceHealth health;
    private final HealthFeed feed;
    private final Clock clock;
    private final Div devices = new Div();
    private final ConnectionBanner banner = new ConnectionBanner();
    private com.vaadin.flow.shared.Registration registration;

    public HealthBoardView(DeviceHealth health, HealthFeed feed, ObjectProvider<Clock> clock) {
        this.health = health;
        this.feed = feed;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        addClassName("health-board");
        devices.addClassName("device-grid");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffLanguage.apply(event);
        removeAll();
        var header = new Div(new H1(getTranslation("health.title")), banner);
        header.addClassName("reception-header");
        add(header, devices);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        banner.install();
        registration = feed.register(() -> ui.access(this::refresh));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) registration.remove();
        registration = null;
    }

    private void refresh() {
        devices.removeAll();
        var now = clock.instant();
        var states = health.states();
        if (states.isEmpty()) {
            devices.add(new Span(getTranslation("health.noDevices")));
        }
        for (DeviceState d : states) {
            var card = new Div();
            card.addClassNames("card", "device-card");
            if (!d.troubles().isEmpty()) card.addClassName("trouble");
            else if (d.warning()) card.addClassName("warning");
            else if ("KIOSK".equals(d.kind()) && d.silentAt(now)) card.addClassName("silent");
            if (d.revoked()) card.addClassName("revoked");
            card.getElement().setAttribute("data-device-id", d.deviceId());
            var title = new Span(d.name() + " · " + d.siteId() + " · " + getTranslation("health.kind." + d.kind()));
            title.addClassName("card-title");
            var summary = new Span("KIOSK".equals(d.kind()) ? HealthText.summary(this, d, now) : lastSeenOnly(d));
            summary.addClassName("card-detail");
            card.add(title, summary);
            var history = new UnorderedList();
            history.addClassName("device-history");
            for (var h : health.history(d.deviceId(), HISTORY_SHOWN)) {
                history.add(new ListItem(TIME.format(h.at().atZone(ZoneId.systemDefault())) + " · "
                        + getTranslation("health.printer") + " "
                        + getTranslation("health.state." + h.printer().name())
                        + " · " + getTranslation("health.cardReader") + " "
                        + getTranslation("health.state." + h.cardReader().name()) + " · "
                        + getTranslation("health.scanner") + " "
                        + getTranslation("health.state." + h.scanner().name())
                        + (h.detail() == null ? "" : " · " + h.detail())));
            }
            if (history.getChildren().findAny().isPresent()) {
                card.add(new H3(getTranslation("health.recent")), history);
            }
            devices.add(card);
        }
    }

    private String lastSeenOnly(DeviceState d) {
        return d.reported()
                ? getTranslation("health.lastSeen", HealthText.ago(d.receivedAt(), clock.instant()))
                : getTranslation("health.notReporting");
    }
}
