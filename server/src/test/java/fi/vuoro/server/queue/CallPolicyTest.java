package fi.vuoro.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.site.WorkProfile;
import fi.vuoro.server.site.WorkProfile.Entry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final Map<String, Duration> TARGETS =
            Map.of("gp", Duration.ofMinutes(20), "lab", Duration.ofMinutes(10));

    private final CallPolicy policy = new CallPolicy(Duration.ofMinutes(15), Duration.ofMinutes(10), TARGETS::get);
    private final WorkProfile gpOnly = new WorkProfile(List.of(new Entry("gp", 1, 1)));

    private static WaitingTicket t(String id, String service, PriorityClass p, int minute) {
        return new WaitingTicket(id, service, p, T0.plusSeconds(minute * 60L), null, null);
    }

    private List<String> order(WorkProfile profile, List<WaitingTicket> waiting, int minute) {
        return policy.order("c1", profile, waiting, T0.plusSeconds(minute * 60L)).stream()
                .map(WaitingTicket::id)
                .toList();
    }

    @Test
    void fifoAmongEquals() {
        List<WaitingTicket> waiting = List.of(
                t("c", "gp", PriorityClass.NORMAL, 3),
                t("a", "gp", PriorityClass.NORMAL, 1),
                t("b", "gp", PriorityClass.NORMAL, 2));
        assertThat(order(gpOnly, waiting, 4)).containsExactly("a", "b", "c");
    }

    @Test
    void priorityClassesInOrderUrgentAppointmentPriorityNormal() {
        List<WaitingTicket> waiting = List.of(
                t("normal", "gp", PriorityClass.NORMAL, 0),
                t("priority", "gp", PriorityClass.PRIORITY, 1),
                t("appointment", "gp", PriorityClass.APPOINTMENT, 2),
                t("urgent", "gp", PriorityClass.URGENT, 3));
        assertThat(order(gpOnly, waiting, 4)).containsExactly("urgent", "appointment", "priority", "normal");
    }

    @Test
    void starvationCapLetsANormalTicketPassPriorityTrafficButNotUrgent() {
        // gp target 20 min + cap 15 min: from 35 min of waiting the normal ticket competes above priority.
        List<WaitingTicket> waiting = List.of(
                t("normal", "gp", PriorityClass.NORMAL, 0),
                t("priority", "gp", PriorityClass.PRIORITY, 30),
                t("appointment", "gp", PriorityClass.APPOINTMENT, 30),
                t("urgent", "gp", PriorityClass.URGENT, 34));
        assertThat(order(gpOnly, waiting, 35)).containsExactly("urgent", "appointment", "priority", "normal");
        assertThat(order(gpOnly, waiting, 36)).containsExactly("urgent", "normal", "appointment", "priority");
    }

    @Test
    void starvationCapHoldsUnderEndlessPriorityArrivals() {
        // A priority ticket arrives every minute and the counter serves one per minute: without the cap the normal
        // ticket would wait forever. With it, it is called right after passing target + cap.
        List<WaitingTicket> waiting = new ArrayList<>(List.of(t("normal", "gp", PriorityClass.NORMAL, 0)));
        int calledAtMinute = -1;
        for (int minute = 0; minute < 120 && calledAtMinute < 0; minute++) {
            waiting.add(t("p" + minute, "gp", PriorityClass.PRIORITY, minute));
            WaitingTicket next = policy.next("c1", gpOnly, waiting, T0.plusSeconds(minute * 60L))
                    .orElseThrow();
            waiting.remove(next);
            if (next.id().equals("normal")) {
                calledAtMinute = minute;
            }
        }
        assertThat(calledAtMinute).isEqualTo(36);
    }

    @Test
    void workProfileServesOnlyItsServicesAndLowerRankFirst() {
        WorkProfile labFirst = new WorkProfile(List.of(new Entry("lab", 1, 1), new Entry("gp", 2, 1)));
        List<WaitingTicket> waiting = List.of(
                t("gp-early", "gp", PriorityClass.NORMAL, 0),
                t("lab-late", "lab", PriorityClass.NORMAL, 5),
                t("vacc", "vacc", PriorityClass.NORMAL, 0));
        assertThat(order(labFirst, waiting, 6)).containsExactly("lab-late", "gp-early");
        assertThat(order(gpOnly, waiting, 6)).containsExactly("gp-early");
    }

    @Test
    void weightScalesWaitedTimeWithinOneRank() {
        WorkProfile gpHeavy = new WorkProfile(List.of(new Entry("gp", 1, 3), new Entry("lab", 1, 1)));
        // lab waited 10 min (score 10), gp 4 min (score 12): gp first; with equal weights lab would be first.
        List<WaitingTicket> waiting =
                List.of(t("lab", "lab", PriorityClass.NORMAL, 0), t("gp", "gp", PriorityClass.NORMAL, 6));
        assertThat(order(gpHeavy, waiting, 10)).containsExactly("gp", "lab");
        WorkProfile equal = new WorkProfile(List.of(new Entry("gp", 1, 1), new Entry("lab", 1, 1)));
        assertThat(order(equal, waiting, 10)).containsExactly("lab", "gp");
    }

    @Test
    void appointmentsArePlacedByAppointmentTimeNotArrival() {
        Instant tenOClock = T0.plus(Duration.ofHours(2));
        WaitingTicket earlyArrival = new WaitingTicket("appt-10", "gp", PriorityClass.APPOINTMENT, T0, tenOClock, null);
        WaitingTicket laterArrivalEarlierSlot = new WaitingTicket(
                "appt-0930", "gp", PriorityClass.APPOINTMENT, T0.plusSeconds(3600), T0.plusSeconds(5400), null);
        WaitingTicket walkIn = t("walk-in", "gp", PriorityClass.NORMAL, 80);
        List<WaitingTicket> waiting = List.of(earlyArrival, laterArrivalEarlierSlot, walkIn);
        // 09:25: the 09:30 appointment is due (10 min early window), the 10:00 one is not and waits behind the walk-in.
        assertThat(order(gpOnly, waiting, 85)).containsExactly("appt-0930", "walk-in", "appt-10");
        // 09:55: both due, ordered by slot.
        assertThat(order(gpOnly, waiting, 115)).containsExactly("appt-0930", "appt-10", "walk-in");
    }

    @Test
    void targetedTicketIsCallableOnlyByItsCounter() {
        WaitingTicket forC2 = new WaitingTicket("x", "gp", PriorityClass.NORMAL, T0, null, "c2");
        assertThat(policy.next("c1", gpOnly, List.of(forC2), T0)).isEmpty();
        assertThat(policy.next("c2", gpOnly, List.of(forC2), T0)).contains(forC2);
    }
}
