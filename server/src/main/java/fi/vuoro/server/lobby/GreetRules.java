package fi.vuoro.server.lobby;

import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.TicketView;
import java.util.EnumSet;
import java.util.Set;

/**
 * Greet-personally rules applied when a visitor checks in. Pure: every input is in {@link ArrivalFacts}. Help
 * requests, poor ratings and reception's own marking add reasons later ({@link GreetList}).
 */
public final class GreetRules {

    private GreetRules() {}

    /**
     * @param serviceGreetsPersonally the service's "greet personally" flag
     * @param appointment facts from the appointment system, {@link AppointmentFacts#UNKNOWN} without one
     */
    public record ArrivalFacts(TicketView ticket, boolean serviceGreetsPersonally, AppointmentFacts appointment) {}

    public static Set<GreetReason> onArrival(ArrivalFacts facts) {
        var reasons = EnumSet.noneOf(GreetReason.class);
        if (facts.serviceGreetsPersonally()) reasons.add(GreetReason.SERVICE);
        AppointmentFacts appointment = facts.appointment() == null ? AppointmentFacts.UNKNOWN : facts.appointment();
        if (appointment.vip()) reasons.add(GreetReason.VIP);
        if (appointment.accessibilityNeed() || facts.ticket().priorityReason() == PriorityReason.ACCESSIBILITY) {
            reasons.add(GreetReason.ACCESSIBILITY);
        }
        if (Boolean.TRUE.equals(appointment.firstVisit())) reasons.add(GreetReason.FIRST_VISIT);
        return reasons;
    }

    /** The feedback rating at or below which reception should step in while the visitor is still here. */
    public static final int POOR_RATING = 2;

    public static boolean isPoorRating(int rating) {
        return rating <= POOR_RATING;
    }
}
