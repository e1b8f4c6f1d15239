package fi.vuoro.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import fi.vuoro.hardware.reader.ReaderKind;
import fi.vuoro.kiosk.devices.DeviceRead;
import fi.vuoro.kiosk.feedback.InMemoryFeedbackGateway;
import fi.vuoro.kiosk.feedback.TicketReference;
import fi.vuoro.kiosk.flow.MutableClock;
import fi.vuoro.kiosk.flow.Step;
import fi.vuoro.kiosk.server.Appointment;
import fi.vuoro.kiosk.server.DeviceCommand;
import fi.vuoro.kiosk.server.InMemoryQueueGateway;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The view's side of the device channel and the readers, server-side (no browser) against the in-memory gateway
 * with a clock the test moves: help ids and cancellation, answers for other requests, the greeter, card and QR
 * identification, unreadable cards as struggle.
 */
@SpringBootTest(properties = "vuoro.kiosk.gateway=in-memory")
@ViewPackages(classes = CheckInView.class)
class DeviceChannelViewTest extends SpringBrowserlessTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        }
    }

    @Autowired
    InMemoryQueueGateway gateway;

    @Autowired
    MutableClock clock;

    @Autowired
    InMemoryFeedbackGateway feedback;

    private CheckInView toIdentification() {
        var view = navigate(CheckInView.class);
        view.act(() -> {
            view.checkIn().start();
            view.checkIn().chooseLanguage("en");
            view.checkIn().chooseService("general");
        });
        assertThat(view.checkIn().step()).isEqualTo(Step.IDENTIFY);
        return view;
    }

    @Test
    void aVisitorWhoLeftCancelsTheirHelpRequestAndOldAnswersAreIgnored() {
        var view = toIdentification();
        view.askForPerson();
        var request = gateway.helpRequests().getLast();
        assertThat(request.requestId()).isNotBlank();

        view.onCommand(new DeviceCommand.HelpAnswered("someone-else", "Pekka"));
        assertThat(view.checkIn().helperName()).isNull();
        view.onCommand(new DeviceCommand.HelpAnswered(request.requestId(), "Mari"));
        assertThat(view.checkIn().helperName()).isEqualTo("Mari");

        clock.advance(Duration.ofMinutes(6));
        view.tick();
        assertThat(view.checkIn().step()).isEqualTo(Step.ATTRACT);
        assertThat(gateway.cancelledHelp()).containsExactly(request.requestId());
    }

    @Test
    void anAppointmentQrWelcomesTheVisitorAndPlacesTheTicketByTheBookedTime() {
        var at = clock.instant().plus(Duration.ofMinutes(40));
        gateway.book(new Appointment("APT-2001", "lab", "Anna", at), "ab".repeat(32));
        var view = toIdentification();

        view.deviceRead(new DeviceRead.CodeScanned("vuoro:appointment:APT-2001"));

        assertThat(view.checkIn().step()).isEqualTo(Step.TICKET);
        var request = gateway.issueRequests().getLast();
        assertThat(request.serviceId())
                .as("the booking's service, not the tile")
                .isEqualTo("lab");
        assertThat(request.priority()).isEqualTo("APPOINTMENT");
        assertThat(request.appointmentReference()).isEqualTo("APT-2001");
        assertThat(request.appointmentAt()).isEqualTo(at);
        assertThat($(Div.class)
                        .withClassName("ticket-welcome")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .startsWith("Welcome, Anna.")
                .contains("Laboratory, around ");

        // Reception says who will greet this ticket's holder.
        view.onCommand(new DeviceCommand.Greeter("someone-elses-ticket", "Pekka"));
        assertThat($(Paragraph.class).withClassName("ticket-greeter").exists())
                .as("no visible greeter line")
                .isFalse();
        view.onCommand(new DeviceCommand.Greeter(view.ticketIdForTest(), "Mari"));
        assertThat($(Paragraph.class).withClassName("ticket-greeter").single().getText())
                .isEqualTo("Mari will greet you.");
    }

    @Test
    void aCardWithoutAnAppointmentIdentifiesByItsHashOnly() {
        var view = toIdentification();
        var hash = "cd".repeat(32);
        view.deviceRead(new DeviceRead.CardTapped(ReaderKind.RDM6300, hash, "••••4356"));
        var request = gateway.issueRequests().getLast();
        assertThat(request.cardHash()).isEqualTo(hash);
        assertThat(request.serviceId()).isEqualTo("general");
        assertThat(request.priority()).isNull();
        assertThat($(Div.class).withClassName("ticket-welcome").exists()).isFalse();
    }

    @Test
    void unreadableCardsAndUnknownCodesAreStrugglesThatReceptionHearsAbout() {
        var view = toIdentification();
        int before = gateway.helpRequests().size();
        view.deviceRead(new DeviceRead.Unreadable(ReaderKind.RDM6300));
        assertThat($(Paragraph.class).withClassName("identify-problem").single().getText())
                .startsWith("We could not read your card.");
        view.deviceRead(new DeviceRead.CodeScanned("APT-9999"));
        assertThat($(Paragraph.class).withClassName("identify-problem").single().getText())
                .startsWith("We could not find that appointment.");

        assertThat(view.checkIn().step()).isEqualTo(Step.IDENTIFY);
        assertThat(gateway.helpRequests()).hasSize(before + 1);
        assertThat(gateway.helpRequests().getLast().reason()).isEqualTo("REPEATED_FAILURES");
        assertThat($(NativeButton.class).withText("Yes, please").exists()).isTrue();
    }

    @Test
    void onTheAttractScreenOnlyAReadWithAnAppointmentStartsACheckIn() {
        var view = navigate(CheckInView.class);
        int before = gateway.issueRequests().size();
        view.deviceRead(new DeviceRead.CodeScanned("APT-9999")); // an appointment code nobody booked
        view.deviceRead(new DeviceRead.CardTapped(ReaderKind.RDM6300, "cd".repeat(32), "****0001")); // no appointment
        view.deviceRead(new DeviceRead.Unreadable(ReaderKind.RDM6300));
        assertThat(view.checkIn().step()).isEqualTo(Step.ATTRACT);
        assertThat(gateway.issueRequests()).hasSize(before);

        view.deviceRead(new DeviceRead.CodeScanned("APT-1001"));
        assertThat(gateway.issueRequests()).hasSize(before + 1);
        assertThat(gateway.issueRequests().getLast().appointmentReference()).isEqualTo("APT-1001");
        assertThat(gateway.issueRequests().getLast().serviceId()).isEqualTo("lab");
    }

    @Test
    void readsMidFlowOutsideTheIdentificationStepDoNothing() {
        var view = navigate(CheckInView.class);
        test($(NativeButton.class).withClassName("attract-start").single()).click();
        int before = gateway.issueRequests().size();
        view.deviceRead(new DeviceRead.CodeScanned("APT-1001"));
        view.deviceRead(new DeviceRead.Unreadable(ReaderKind.RDM6300));
        assertThat(view.checkIn().step()).isEqualTo(Step.LANGUAGE);
        assertThat(gateway.issueRequests()).hasSize(before);
    }

    @Test
    void aScanWhileFeedbackIsOpenNamesTheVisitBeingRatedAndStartsNoCheckIn() {
        var view = navigate(CheckInView.class);
        int before = feedback.sent().size();
        test($(NativeButton.class).withClassName("feedback-open").single()).click();
        test($(NativeButton.class).withClassName("face-4").single()).click();
        test($(NativeButton.class).withClassName("feedback-next").single()).click();

        view.deviceRead(new DeviceRead.CodeScanned("L141"));

        assertThat(feedback.sent()).hasSize(before + 1);
        var answer = feedback.sent().getLast();
        assertThat(answer.rating()).isEqualTo(4);
        assertThat(answer.ticket()).isEqualTo(new TicketReference.Number("L141"));
        assertThat(view.checkIn().step()).isEqualTo(Step.ATTRACT);
        assertThat(view.feedback().isOpen()).isTrue();
    }

    @Test
    void withFeedbackClosedAScanOnTheAttractScreenIsIgnored() {
        var view = navigate(CheckInView.class);
        int before = feedback.sent().size();
        view.deviceRead(new DeviceRead.CodeScanned("L141"));
        assertThat(feedback.sent()).hasSize(before);
        assertThat(view.checkIn().step()).isEqualTo(Step.ATTRACT);
    }
}
