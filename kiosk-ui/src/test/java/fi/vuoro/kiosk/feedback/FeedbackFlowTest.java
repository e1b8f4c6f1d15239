package fi.vuoro.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.feedback.FeedbackFlow.Problem;
import fi.vuoro.kiosk.feedback.FeedbackFlow.Step;
import fi.vuoro.kiosk.flow.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedbackFlowTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    final InMemoryFeedbackGateway gateway = new InMemoryFeedbackGateway();
    final FeedbackFlow flow = new FeedbackFlow(clock, Duration.ofSeconds(60), Duration.ofSeconds(8));

    @Test
    void rateChooseReasonsTypeTheNumberAndSend() {
        flow.rate(2);
        assertThat(flow.step()).isEqualTo(Step.REASONS);
        flow.toggleReason("WAIT_LONG");
        flow.toggleReason("HARD_TO_FIND");
        flow.toggleReason("HARD_TO_FIND");
        flow.toggleReason("NOT_A_CODE");
        flow.continueToTicket();
        assertThat(flow.step()).isEqualTo(Step.TICKET);
        flow.type("L");
        flow.type("1");
        flow.type("4");
        flow.type("2");
        flow.erase();
        flow.type("1");
        assertThat(flow.typed()).isEqualTo("L141");
        flow.send(gateway, "sv");
        assertThat(flow.step()).isEqualTo(Step.THANKS);
        assertThat(flow.poor()).isTrue();
        var sent = gateway.sent().getFirst();
        assertThat(sent.ticket()).isEqualTo(new TicketReference.Number("L141"));
        assertThat(sent.rating()).isEqualTo(2);
        assertThat(sent.reasons()).containsExactly("WAIT_LONG");
        assertThat(sent.language()).isEqualTo("sv");
    }

    @Test
    void aScannedMobileTicketLinkNamesTheVisit() {
        flow.rate(5);
        assertThat(flow.scanned("https://vuoro.example/ticket/3f2a9c1e-1111-2222-3333-444455556666?sig=abc"))
                .isTrue();
        flow.continueToTicket();
        flow.send(gateway, "en");
        assertThat(gateway.sent().getFirst().ticket())
                .isEqualTo(new TicketReference.TicketId("3f2a9c1e-1111-2222-3333-444455556666"));
    }

    @Test
    void anUnknownNumberOrAFailedSendStaysOnTheTicketStepWithTheProblem() {
        gateway.treatAsUnknown("A999");
        flow.rate(4);
        flow.continueToTicket();
        flow.type("A999");
        flow.send(gateway, "fi");
        assertThat(flow.step()).isEqualTo(Step.TICKET);
        assertThat(flow.problem()).isEqualTo(Problem.NOT_FOUND);
        flow.erase();
        assertThat(flow.problem()).isEqualTo(Problem.NONE);
        gateway.failSending(true);
        flow.type("8");
        flow.send(gateway, "fi");
        assertThat(flow.problem()).isEqualTo(Problem.NOT_SENT);
        assertThat(flow.rating()).as("the rating is kept for the retry").isEqualTo(4);
        assertThat(flow.scanned("not a ticket")).isFalse();
        assertThat(flow.problem()).isEqualTo(Problem.NOT_A_TICKET);
        assertThat(gateway.sent()).isEmpty();
    }

    @Test
    void idleOrAShownThankYouEndsTheFlow() {
        flow.rate(3);
        clock.advance(Duration.ofSeconds(59));
        assertThat(flow.tick()).isFalse();
        flow.toggleReason("QUICK_SERVICE");
        clock.advance(Duration.ofSeconds(59));
        assertThat(flow.tick()).as("a touch restarts the idle time").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(flow.tick()).isTrue();

        var thanked = new FeedbackFlow(clock, Duration.ofSeconds(60), Duration.ofSeconds(8));
        thanked.rate(5);
        thanked.scanned("V007");
        thanked.send(gateway, "fi");
        assertThat(thanked.step()).isEqualTo(Step.THANKS);
        clock.advance(Duration.ofSeconds(8));
        assertThat(thanked.tick()).isTrue();
    }

    @Test
    void ticketReferencesFromScansAndKeys() {
        assertThat(TicketReference.parse(" l-141 ")).contains(new TicketReference.Number("L141"));
        assertThat(TicketReference.parse("AB0042")).contains(new TicketReference.Number("AB0042"));
        assertThat(TicketReference.parse("http://localhost:8080/ticket/abcdef12-3456"))
                .contains(new TicketReference.TicketId("abcdef12-3456"));
        assertThat(TicketReference.parse("141")).isEmpty();
        assertThat(TicketReference.parse("04:A3:22:19")).isEmpty();
        assertThat(TicketReference.parse("https://example.org/other/abc")).isEmpty();
        assertThat(TicketReference.parse("x".repeat(600))).isEmpty();
        assertThat(TicketReference.parse(null)).isEmpty();
    }
}
