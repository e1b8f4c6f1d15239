package fi.vuoro.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.vuoro.kiosk.flow.Step;
import fi.vuoro.kiosk.server.ConnectionState;
import fi.vuoro.kiosk.server.DeviceCommand;
import fi.vuoro.kiosk.server.InMemoryQueueGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The kiosk screens driven server-side (no browser) against the in-memory gateway. */
@SpringBootTest(properties = "vuoro.kiosk.gateway=in-memory")
@ViewPackages(classes = CheckInView.class)
class CheckInViewTest extends SpringBrowserlessTest {

    @Autowired
    InMemoryQueueGateway gateway;

    @AfterEach
    void restoreGateway() {
        gateway.setConnectionState(ConnectionState.ONLINE);
        gateway.setFailIssues(false);
    }

    private void choose(String language) {
        test($(NativeButton.class)
                        .withClassName("big-choice")
                        .withText(language)
                        .single())
                .click();
    }

    private void click(String text) {
        test($(NativeButton.class).withText(text).single()).click();
    }

    private boolean shows(String text) {
        return $(Paragraph.class).withText(text).exists()
                || $(Span.class).withText(text).exists()
                || $(com.vaadin.flow.component.html.H1.class).withText(text).exists();
    }

    @Test
    void walkInInSwedishEndsWithANumberedTicketAndAQrCode() {
        var view = navigate(CheckInView.class);
        test($(NativeButton.class).withClassName("attract-start").single()).click();
        choose("Svenska");
        assertThat(shows("Vad gäller ditt besök?")).isTrue();

        var lab = $(NativeButton.class)
                .withClassName("service-tile")
                .withCondition(b -> b.getElement().getTextRecursively().contains("Laboratorium"))
                .single();
        assertThat(lab.getElement().getAttribute("aria-label"))
                .contains("Laboratorium")
                .contains("i kö");
        test(lab).click();
        assertThat(shows("Har du en bokad tid?")).isTrue();
        click("Fortsätt utan");

        assertThat(view.checkIn().step()).isEqualTo(Step.TICKET);
        var number = $(Span.class).withClassName("ticket-number").single().getText();
        assertThat(number).matches("L\\d{3}");
        assertThat(shows("Våning 2, rum 204")).isTrue();
        assertThat($(Image.class).withClassName("ticket-qr").single().getSrc())
                .startsWith("data:image/svg+xml;base64,");
        // No printer configured: the screen says the ticket lives on screen only.
        assertThat($(Paragraph.class).withClassName("paper-none").exists()).isTrue();

        click("Klar");
        assertThat(view.checkIn().step()).isEqualTo(Step.ATTRACT);
    }

    @Test
    void languageSwitchesOnAnyScreenAndKeepsTheStep() {
        var view = navigate(CheckInView.class);
        test($(NativeButton.class).withClassName("attract-start").single()).click();
        choose("Suomi");
        assertThat(shows("Mikä tuo sinut tänne?")).isTrue();
        test($(NativeButton.class)
                        .withClassName("lang-button")
                        .withText("English")
                        .single())
                .click();
        assertThat(shows("What brings you here?")).isTrue();
        assertThat(view.checkIn().step()).isEqualTo(Step.SERVICE);
        assertThat($(NativeButton.class).withClassName("help-button").single().getText())
                .isEqualTo("Talk to a person");
    }

    @Test
    void keypadCodeIsSentAsTheAppointmentReference() {
        var view = navigate(CheckInView.class);
        view.checkIn().start();
        view.checkIn().chooseLanguage("en");
        view.render();
        test($(NativeButton.class).withClassName("service-tile").first()).click();
        click("Type an appointment code");
        var ok = $(NativeButton.class).withClassName("keypad-ok").single();
        assertThat(ok.isEnabled()).isFalse();
        for (var digit : new String[] {"4", "2", "4", "2"}) click(digit);
        assertThat($(Span.class).withClassName("keypad-display").single().getText())
                .isEqualTo("4242");
        test(ok).click();
        assertThat(view.checkIn().step()).isEqualTo(Step.TICKET);
    }

    @Test
    void talkToAPersonSendsTheTrailAndShowsWhoIsComing() {
        var view = navigate(CheckInView.class);
        test($(NativeButton.class).withClassName("attract-start").single()).click();
        choose("English");
        int before = gateway.helpRequests().size();
        click("Talk to a person");
        var request = gateway.helpRequests().get(before);
        assertThat(request.reason()).isEqualTo("VISITOR");
        assertThat(request.step()).isEqualTo("SERVICE");
        assertThat(request.trail()).anyMatch(line -> line.matches("\\d\\d:\\d\\d:\\d\\d LANGUAGE en"));
        assertThat(shows("Someone from reception is coming to you.")).isTrue();

        view.onCommand(new DeviceCommand.HelpAnswered("Mari"));
        assertThat(shows("Mari from reception is coming to you.")).isTrue();
    }

    @Test
    void whenTheServerCannotBeReachedTheVisitorIsSentToTheDesk() {
        navigate(CheckInView.class);
        gateway.setConnectionState(ConnectionState.OFFLINE);
        click("Puhu ihmisen kanssa");
        assertThat(shows("Käy vastaanoton tiskillä, niin autamme sinua siellä."))
                .isTrue();
        assertThat($(Paragraph.class).withClassName("offline-banner").single().isVisible())
                .isTrue();
    }

    @Test
    void aFailedIssueReturnsToTheTilesWithAnExplanation() {
        var view = navigate(CheckInView.class);
        gateway.setFailIssues(true);
        view.checkIn().start();
        view.checkIn().chooseLanguage("en");
        view.render();
        test($(NativeButton.class).withClassName("service-tile").first()).click();
        click("Continue without");
        assertThat(view.checkIn().step()).isEqualTo(Step.SERVICE);
        assertThat(shows("We could not get your number. Please try again, or talk to a person."))
                .isTrue();
    }

    @Test
    void receptionCanStaffLockAndMessageTheKiosk() {
        var view = navigate(CheckInView.class);
        view.onCommand(new DeviceCommand.Staffed(true));
        assertThat(shows("Tule tiskille, palvelemme sinua henkilökohtaisesti.")).isTrue();
        view.onCommand(new DeviceCommand.Lock(null));
        assertThat(shows("Poissa käytöstä")).isTrue();
        view.onCommand(new DeviceCommand.Unlock());
        view.onCommand(new DeviceCommand.Staffed(false));
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .withClassName("override-screen")
                        .exists())
                .isFalse();
        view.onCommand(new DeviceCommand.Message("Laboratorio aukeaa klo 12."));
        var banner = $(Paragraph.class).withClassName("message-banner").single();
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("Laboratorio aukeaa klo 12.");
    }

    @Test
    void toggledModesAreAnnouncedAndIconButtonsHaveLabels() {
        var view = navigate(CheckInView.class);
        var large = $(NativeButton.class).withClassName("toggle-large-text").single();
        assertThat(large.getElement().getAttribute("aria-label")).isEqualTo("Suuri teksti");
        assertThat(large.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        test(large).click();
        large = $(NativeButton.class).withClassName("toggle-large-text").single();
        assertThat(large.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(view.getClassNames()).contains("large-text");
        test($(NativeButton.class).withClassName("toggle-high-contrast").single())
                .click();
        assertThat(view.getClassNames()).contains("high-contrast");
    }
}
