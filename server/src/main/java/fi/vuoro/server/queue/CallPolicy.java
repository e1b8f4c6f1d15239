package fi.vuoro.server.queue;

import fi.vuoro.server.site.WorkProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides who a counter calls next. Pure: no I/O, time passed in, so the wait estimator can replay it.
 *
 * <p>Order, first difference wins:
 *
 * <ol>
 *   <li>Level: URGENT, then <em>starved</em> (any other ticket waiting longer than its service's target wait plus
 *       the starvation cap), then APPOINTMENT (due: from the appointment time minus the early window), then
 *       PRIORITY, then NORMAL. An appointment checked in before its early window competes as NORMAL from its
 *       appointment time, so it is placed by appointment time rather than jumping the queue.
 *   <li>Work profile rank of the ticket's service (lower first). Site-wide order ignores ranks.
 *   <li>Waited time multiplied by the service's profile weight (longer first): with equal weights, this is FIFO.
 *   <li>Line time, then id, so the order is total and stable.
 * </ol>
 *
 * Starved tickets sit just below URGENT: priority traffic can hold a normal ticket at most the cap past its target,
 * while a medical emergency is never delayed.
 */
public final class CallPolicy {

    private final Duration starvationCap;
    private final Duration appointmentEarlyWindow;
    private final Function<String, Duration> targetWait;

    /** @param targetWait target wait per service id */
    public CallPolicy(Duration starvationCap, Duration appointmentEarlyWindow, Function<String, Duration> targetWait) {
        this.starvationCap = starvationCap;
        this.appointmentEarlyWindow = appointmentEarlyWindow;
        this.targetWait = targetWait;
    }

    /** The ticket this counter should call now, if any it may call. */
    public Optional<WaitingTicket> next(
            String counterId, WorkProfile profile, Collection<WaitingTicket> waiting, Instant now) {
        return waiting.stream().filter(t -> callableBy(counterId, profile, t)).min(counterOrder(profile, now));
    }

    /** Every ticket this counter may call, in the order it would call them at {@code now}. */
    public List<WaitingTicket> order(
            String counterId, WorkProfile profile, Collection<WaitingTicket> waiting, Instant now) {
        return waiting.stream()
                .filter(t -> callableBy(counterId, profile, t))
                .sorted(counterOrder(profile, now))
                .toList();
    }

    /** Site-wide order (no work profile): what displays and positions use. */
    public List<WaitingTicket> siteOrder(Collection<WaitingTicket> waiting, Instant now) {
        return waiting.stream().sorted(counterOrder(null, now)).toList();
    }

    public boolean callableBy(String counterId, WorkProfile profile, WaitingTicket t) {
        return profile.serves(t.serviceId())
                && (t.targetCounterId() == null || t.targetCounterId().equals(counterId));
    }

    /** 0 = urgent, 1 = starved, 2 = appointment due, 3 = priority, 4 = normal. */
    public int level(WaitingTicket t, Instant now) {
        if (t.priority() == PriorityClass.URGENT) {
            return 0;
        }
        Duration waited = Duration.between(t.lineTime(), now);
        if (waited.compareTo(targetWait.apply(t.serviceId()).plus(starvationCap)) > 0) {
            return 1;
        }
        return switch (t.priority()) {
            case APPOINTMENT ->
                t.appointmentAt() == null || !now.isBefore(t.appointmentAt().minus(appointmentEarlyWindow)) ? 2 : 4;
            case PRIORITY -> 3;
            default -> 4;
        };
    }

    private Comparator<WaitingTicket> counterOrder(WorkProfile profile, Instant now) {
        Comparator<WaitingTicket> byLevel = Comparator.comparingInt(t -> level(t, now));
        Comparator<WaitingTicket> byRank = Comparator.comparingInt(t -> profile == null
                ? 1
                : profile.entryFor(t.serviceId()).map(WorkProfile.Entry::rank).orElse(1));
        Comparator<WaitingTicket> byWeightedWait = Comparator.comparingLong(t -> -weightedWaitSeconds(profile, t, now));
        return byLevel.thenComparing(byRank)
                .thenComparing(byWeightedWait)
                .thenComparing(WaitingTicket::lineTime)
                .thenComparing(WaitingTicket::id);
    }

    private static long weightedWaitSeconds(WorkProfile profile, WaitingTicket t, Instant now) {
        long waited = Duration.between(t.lineTime(), now).toSeconds();
        int weight = profile == null
                ? 1
                : profile.entryFor(t.serviceId()).map(WorkProfile.Entry::weight).orElse(1);
        return waited * weight;
    }
}
