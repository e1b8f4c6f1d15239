package fi.vuoro.server.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceRegistry;
import fi.vuoro.server.ui.ViewTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The waiting-room display follows the real engine through the in-process broadcaster; no login, a device token. */
class DisplayViewTest extends ViewTestBase {

    @Autowired
    DeviceRegistry devices;

    String token;

    @BeforeEach
    void pairDisplay() {
        token = "display-token-" + site;
        devices.registerIfAbsent("display-" + site, site, DevicePrincipal.Kind.DISPLAY, "Lobby TV", token);
    }

    @Test
    void showsACallWithItsCounterAndChimes() {
        issue("gp");
        issue("gp");
        DisplayView view = open(token, "en");
        assertThat(texts("call-number")).isEmpty();
        assertThat(view.announced()).isZero();

        TicketView called = commands.callNext(site + "-c1", "clerk").orElseThrow();
        roundTrip();

        assertThat(texts("call-number")).containsExactly(called.number());
        assertThat(texts("call-counter")).containsExactly("c1");
        assertThat(view.getElement().getAttribute("data-chime-count")).isEqualTo("1");
        assertThat(view.getElement().getAttribute("data-last-chime")).isEqualTo(called.number());
        assertThat($(Span.class).withClassName("urgent-line").single().getText())
                .isEmpty();

        assertThat(view.announced()).isEqualTo(1);
        // Open: a second event after the first does not reach this view within the browserless round trip (its
        // access task runs only at teardown), while the mobile page gets successive events; see docs/staff-views.md.
    }

    @Test
    void explainsUrgentCallsNeutrallyInTheChosenLanguage() {
        issue("gp");
        TicketView urgent = issue("gp");
        commands.raisePriority(urgent.id(), PriorityClass.URGENT, PriorityReason.URGENT_MEDICAL, "reception");
        open(token, "fi");

        TicketView called = commands.callNext(site + "-c1", "clerk").orElseThrow();
        roundTrip();

        assertThat(called.id()).isEqualTo(urgent.id());
        String line = $(Span.class).withClassName("urgent-line").single().getText();
        assertThat(line).startsWith("Kiireellistä apua");
        assertThat(line).doesNotContain(PriorityReason.URGENT_MEDICAL.name());
    }

    @Test
    void refusesWrongTokensAndOtherSitesDisplays() {
        assertThat($(H2.class, open("not-a-token", "en")).first().getText()).contains("not paired");

        String other = fi.vuoro.server.queue.QueueTestSupport.newSite(directory);
        devices.registerIfAbsent("display-" + other, other, DevicePrincipal.Kind.DISPLAY, "Other", "tok-" + other);
        DisplayView view = open("tok-" + other, "en");
        assertThat($(H2.class, view).first().getText()).contains("not paired");
        assertThat(texts("call-number")).isEmpty();
    }

    private DisplayView open(String token, String lang) {
        UI.getCurrent()
                .navigate(
                        DisplayView.class,
                        new RouteParameters("site", site),
                        QueryParameters.simple(Map.of("token", token, "lang", lang)));
        return (DisplayView) getCurrentView();
    }

    private List<String> texts(String className) {
        return $(Span.class).withClassName(className).all().stream()
                .map(Span::getText)
                .toList();
    }
}
