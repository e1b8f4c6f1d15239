package fi.vuoro.server.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import fi.vuoro.server.lobby.AlertDetail;
import fi.vuoro.server.lobby.AlertKind;
import fi.vuoro.server.lobby.Alerts;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.ui.ViewTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The counter workstation against the real queue engine on H2, driven through its components. */
@WithMockUser(username = "clerk-anna", roles = "COUNTER")
class CounterViewTest extends ViewTestBase {

    @Autowired
    Alerts alerts;

    @Test
    void callsNextByWorkProfileAndCompletesWithShortcut() {
        TicketView lab = issue("lab");
        TicketView gp = issue("gp");
        CounterView view = open("c1");
        assertThat(preview()).contains(gp.number()).doesNotContain(lab.number());

        test(button("call-next")).click();

        TicketView called = reader.find(gp.id()).orElseThrow();
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.counterId()).isEqualTo(site + "-c1");
        assertThat($(H2.class, view).first().getText()).startsWith(gp.number());
        assertThat(reader.find(lab.id()).orElseThrow().status()).isEqualTo(TicketStatus.WAITING);

        fireShortcut(Key.F4);

        assertThat(reader.find(gp.id()).orElseThrow().status()).isEqualTo(TicketStatus.DONE);
        assertThat(commands.visitOf(gp.id()).history())
                .anySatisfy(h -> assertThat(h.actor()).isEqualTo("clerk-anna"));
        assertThat($(H2.class, view).first().getText()).doesNotContain(gp.number());
    }

    @Test
    void transferNeedsANoteAndTheNextCounterSeesItFirst() {
        TicketView gp = issue("gp");
        open("c1");
        test(button("call-next")).click();
        assertThat(atCounter("c1").id()).isEqualTo(gp.id());

        test(buttonWithText("Transfer")).click();
        TransferDialog dialog = $(TransferDialog.class).single();
        dialog.service.setValue(directory.service(site + "-lab").orElseThrow());
        test(dialog.confirm).click();
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(reader.find(gp.id()).orElseThrow().status()).isEqualTo(TicketStatus.CALLED);

        dialog.note.setValue("Blood count ordered, fasting since 8");
        test(dialog.confirm).click();

        TicketView moved = reader.snapshot(site).tickets().stream()
                .filter(t -> t.visitId().equals(gp.visitId()))
                .findFirst()
                .orElseThrow();
        assertThat(moved.serviceId()).isEqualTo(site + "-lab");
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);

        open("c3");
        test(button("call-next")).click();
        List<String> notes = $(ListItem.class).all().stream()
                .filter(li -> li.getParent().orElseThrow().hasClassName("visit-notes"))
                .map(ListItem::getText)
                .toList();
        assertThat(notes).singleElement().asString().contains("Blood count ordered, fasting since 8");
    }

    @Test
    void receptionsAlertNoteReadsInTheClerksLanguage() {
        TicketView gp = issue("gp");
        var alert = alerts.raise(
                AlertKind.POOR_RATING,
                site,
                "visit:" + gp.visitId(),
                gp.id(),
                gp.visitId(),
                null,
                AlertDetail.rating(2, List.of()));
        alerts.resolve(alert.id(), "Pyysi anteeksi, soitti takaisin", "reception");
        // Stored as a code with the typed words: no English sentence in the data.
        assertThat(commands.visitOf(gp.id()).notes()).singleElement().satisfies(n -> assertThat(n.text())
                .isEqualTo("ALERT_RESOLVED POOR_RATING: Pyysi anteeksi, soitti takaisin"));

        open("c1", "fi");
        test(button("call-next")).click();
        assertThat(notes())
                .singleElement()
                .asString()
                .endsWith("reception: Vastaanotto hoiti: huono arvio – Pyysi anteeksi, soitti takaisin");

        // The same open view switched to Swedish rewords the note too, not only the buttons.
        open("c1", "sv");
        assertThat(notes()).singleElement().asString().contains("reception: Receptionen skötte: ");
    }

    private List<String> notes() {
        return $(ListItem.class).all().stream()
                .filter(li -> li.getParent().orElseThrow().hasClassName("visit-notes"))
                .map(ListItem::getText)
                .toList();
    }

    @Test
    void recallNoShowAndParkAct() {
        TicketView first = issue("gp");
        TicketView second = issue("gp");
        open("c1");

        test(button("call-next")).click();
        TicketView called = atCounter("c1");
        fireShortcut(Key.F3);
        assertThat(reader.find(called.id()).orElseThrow().recallCount()).isEqualTo(1);
        test(buttonWithText("No-show")).click();
        assertThat(reader.find(called.id()).orElseThrow().status()).isEqualTo(TicketStatus.NO_SHOW);

        test(button("call-next")).click();
        TicketView other = atCounter("c1");
        assertThat(other.id()).isIn(first.id(), second.id()).isNotEqualTo(called.id());
        test(buttonWithText("Park")).click();
        assertThat(reader.find(other.id()).orElseThrow().status()).isEqualTo(TicketStatus.PARKED);
        test(buttonWithText("Back in line")).click();
        assertThat(reader.find(other.id()).orElseThrow().status()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void previewFollowsTicketsIssuedElsewhere() {
        open("c1");
        assertThat(preview()).isEqualTo("Nobody is waiting for this counter.");

        TicketView gp = issue("gp");
        roundTrip();

        assertThat(preview()).contains(gp.number());
    }

    @Test
    void labelsFollowLangParameterAndTheSessionRemembersIt() {
        open("c1", "fi");
        assertThat(button("call-next").getText()).isEqualTo("Kutsu seuraava (F2)");
        assertThat(button("recall").getText()).isEqualTo("Kutsu uudelleen (F3)");
        assertThat(button("complete").getText()).isEqualTo("Valmis (F4)");
        assertThat($(H1.class).single().getText()).isEqualTo("Palvelupiste");
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Muistiinpanot");
        assertThat(preview()).isEqualTo("Tähän palvelupisteeseen ei odota ketään.");

        open("c1", "sv");
        assertThat(button("call-next").getText()).isEqualTo("Ropa nästa (F2)");
        assertThat($(H1.class).single().getText()).isEqualTo("Disk");

        open("c1"); // no ?lang=: the session's choice holds
        assertThat(button("call-next").getText()).isEqualTo("Ropa nästa (F2)");

        open("c1", "en");
        assertThat(button("call-next").getText()).isEqualTo("Call next (F2)");
    }

    private CounterView open(String counter, String lang) {
        UI.getCurrent()
                .navigate(
                        CounterView.class,
                        QueryParameters.simple(Map.of("site", site, "counter", site + "-" + counter, "lang", lang)));
        return (CounterView) getCurrentView();
    }

    private CounterView open(String counter) {
        UI.getCurrent()
                .navigate(
                        CounterView.class,
                        QueryParameters.simple(Map.of("site", site, "counter", site + "-" + counter)));
        return (CounterView) getCurrentView();
    }

    private String preview() {
        return $(Span.class).withClassName("next-preview").single().getText();
    }

    private Button button(String className) {
        return $(Button.class).withClassName(className).single();
    }

    private Button buttonWithText(String text) {
        return $(Button.class).withText(text).single();
    }
}
