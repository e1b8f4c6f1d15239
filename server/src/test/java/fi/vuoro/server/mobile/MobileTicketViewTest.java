package fi.vuoro.server.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.ui.ViewTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The visitor's phone page: no login, a signed link, live place in line, transfer, on-my-way and leaving. */
class MobileTicketViewTest extends ViewTestBase {

    @Autowired
    MobileTicketLinks links;

    @Test
    void showsPlaceLiveAndFollowsATransfer() {
        TicketView ahead = issue("gp");
        TicketView mine = issue("gp");
        open(links.token(mine.id()), "en");
        assertThat($(H1.class).withClassName("ticket-number").single().getText())
                .isEqualTo(mine.number());
        assertThat(text("ticket-state")).isEqualTo("You are number 2 in line");

        commands.callNext(site + "-c1", "clerk");
        roundTrip();
        assertThat(text("ticket-state")).isEqualTo("You are next in line");
        assertThat(text("ticket-detail")).doesNotContain("0 min").isNotBlank();

        commands.callNext(site + "-c2", "clerk");
        roundTrip();
        assertThat(text("ticket-state")).isEqualTo("It is your turn: please go to c2");

        commands.transfer(mine.id(), site + "-lab", null, "needs a blood test", "clerk");
        roundTrip();
        assertThat(text("ticket-transferred")).startsWith("Your matter was handed over to lab at ");
        assertThat(text("ticket-state")).isEqualTo("You are next in line");
        assertThat(ahead.id()).isNotEqualTo(mine.id());
    }

    @Test
    void onMyWayLeavesANoteAndLeavingCancels() {
        TicketView mine = issue("gp");
        open(links.token(mine.id()), "fi");
        test($(Button.class).withText("Olen tulossa").single()).click();
        assertThat(commands.visitOf(mine.id()).notes()).singleElement().satisfies(n -> assertThat(n.author())
                .isEqualTo("visitor"));

        test($(Button.class).withText("Poistu jonosta").single()).click();
        new ConfirmDialogTester($(ConfirmDialog.class).single()).confirm();

        assertThat(reader.find(mine.id()).orElseThrow().status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(text("ticket-state")).isEqualTo("Olet poistunut jonosta.");
    }

    @Test
    void rejectsTamperedAndForeignTokens() {
        TicketView mine = issue("gp");
        String token = links.token(mine.id());
        assertThat(links.ticketId(token)).contains(mine.id());
        assertThat(links.ticketId(mine.id())).isEmpty();
        char last = token.charAt(token.length() - 1);
        assertThat(links.ticketId(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A')))
                .isEmpty();
        assertThat(links.ticketId(issue("gp").id() + token.substring(token.lastIndexOf('.'))))
                .isEmpty();
        assertThat(links.ticketId("...")).isEmpty();

        open(mine.id() + ".not-a-mac", "en");
        assertThat($(H1.class).single().getText()).startsWith("This ticket link is not valid");
    }

    private void open(String token, String lang) {
        UI.getCurrent()
                .navigate(
                        MobileTicketView.class,
                        new RouteParameters("token", token),
                        QueryParameters.simple(Map.of("lang", lang)));
    }

    private String text(String className) {
        return $(Paragraph.class).withClassName(className).single().getText();
    }
}
