package fi.vuoro.server.lobby;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GreetRulesTest {

    static TicketView ticket(PriorityReason reason, String appointment) {
        return new TicketView(
                "t1",
                "v1",
                "demo",
                "A001",
                "gp",
                TicketStatus.WAITING,
                reason == PriorityReason.NONE ? PriorityClass.NORMAL : PriorityClass.PRIORITY,
                reason,
                "fi",
                1,
                60L,
                Instant.EPOCH,
                null,
                null,
                0,
                appointment);
    }

    @Test
    void anOrdinaryWalkInIsNotOnTheList() {
        var facts = new GreetRules.ArrivalFacts(ticket(PriorityReason.NONE, null), false, AppointmentFacts.UNKNOWN);
        assertThat(GreetRules.onArrival(facts)).isEmpty();
    }

    @Test
    void theServiceFlagPutsEveryArrivalOnTheList() {
        var facts = new GreetRules.ArrivalFacts(ticket(PriorityReason.NONE, null), true, AppointmentFacts.UNKNOWN);
        assertThat(GreetRules.onArrival(facts)).containsExactly(GreetReason.SERVICE);
    }

    @Test
    void appointmentFactsAndTheTicketsAccessibilityReasonCount() {
        var vip = new GreetRules.ArrivalFacts(
                ticket(PriorityReason.NONE, "APT-1"), false, new AppointmentFacts(true, false, true));
        assertThat(GreetRules.onArrival(vip)).containsExactlyInAnyOrder(GreetReason.VIP, GreetReason.FIRST_VISIT);

        var accessible = new GreetRules.ArrivalFacts(
                ticket(PriorityReason.ACCESSIBILITY, null), false, AppointmentFacts.UNKNOWN);
        assertThat(GreetRules.onArrival(accessible)).containsExactly(GreetReason.ACCESSIBILITY);

        var unknownFirstVisit = new GreetRules.ArrivalFacts(
                ticket(PriorityReason.NONE, "APT-2"), false, new AppointmentFacts(false, true, null));
        assertThat(GreetRules.onArrival(unknownFirstVisit)).containsExactly(GreetReason.ACCESSIBILITY);
    }

    @Test
    void ratingsOfTwoOrLessArePoor() {
        assertThat(GreetRules.isPoorRating(1)).isTrue();
        assertThat(GreetRules.isPoorRating(2)).isTrue();
        assertThat(GreetRules.isPoorRating(3)).isFalse();
    }

    @Test
    void struggleReasonsAreTheOnesTheKioskNoticed() {
        assertThat(HelpReason.VISITOR.isStruggle()).isFalse();
        assertThat(HelpReason.BACK_AND_FORTH.isStruggle()).isTrue();
    }
}
