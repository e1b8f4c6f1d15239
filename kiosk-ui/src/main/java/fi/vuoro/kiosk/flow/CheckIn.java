package fi.vuoro.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One visitor's check-in at one kiosk, as a state machine: attract → language → service → identification
 * (optional) → issuing → ticket → attract. "Talk to a person" works from any step; idle time warns, can be
 * extended, then resets. Not thread-safe: one instance belongs to one UI and is driven from its request thread.
 */
public final class CheckIn {

    /** Where the conversation with a person stands. */
    public enum Help {
        NONE,
        /** The kiosk noticed a struggle and offered a person. */
        OFFERED,
        REQUESTED,
        /** Reception answered; {@link #helperName()} may name who is coming. */
        ANSWERED
    }

    /** What a {@link #tick()} decided. */
    public enum Tick {
        NOTHING,
        WARN_IDLE,
        OFFER_HELP,
        RESET
    }

    static final int TRAIL_LIMIT = 30;

    private final Clock clock;
    private final FlowTimeouts timeouts;
    private final boolean identificationOffered;
    private final String defaultLanguage;
    private final Supplier<String> idempotencyKeys;
    private final StruggleDetector struggle;
    private final Deque<TrailEntry> trail = new ArrayDeque<>();

    private Step step = Step.ATTRACT;
    private String language;
    private String serviceId;
    private Identification identification;
    private String issueKey;
    private String issueKeyServiceId;
    private boolean issueFailed;
    private boolean idleWarning;
    private Instant lastActivity;
    private Help help = Help.NONE;
    private String helperName;
    private Struggle struggleReason;

    public CheckIn(
            Clock clock,
            FlowTimeouts timeouts,
            StruggleRules rules,
            boolean identificationOffered,
            String defaultLanguage,
            Supplier<String> idempotencyKeys) {
        this.clock = clock;
        this.timeouts = timeouts;
        this.identificationOffered = identificationOffered;
        this.defaultLanguage = defaultLanguage;
        this.idempotencyKeys = idempotencyKeys;
        this.struggle = new StruggleDetector(clock, rules);
        this.language = defaultLanguage;
        this.lastActivity = clock.instant();
    }

    public CheckIn(Clock clock, FlowTimeouts timeouts, StruggleRules rules) {
        this(clock, timeouts, rules, true, "fi", () -> UUID.randomUUID().toString());
    }

    public void start() {
        expect(Step.ATTRACT);
        activity(TrailStep.START, null);
        step = Step.LANGUAGE;
    }

    /**
     * A visitor with an appointment taps their card or scans its code on the attract screen: no language or service
     * to choose (the appointment names the service; the screen's current language stays), straight to the ticket.
     */
    public void arrivedWithAppointment(Identification how, String appointmentServiceId) {
        expect(Step.ATTRACT);
        activity(TrailStep.APPOINTMENT_ON_ATTRACT, how.trailCode());
        serviceId = Objects.requireNonNull(appointmentServiceId);
        issueFailed = false;
        beginIssuing(how);
    }

    /** Switches the language and stays on the current step (e.g. a kiosk opened with {@code ?lang=sv}). */
    public void useLanguage(String code) {
        language = Objects.requireNonNull(code);
    }

    /** Picks the language; on the attract or language step this also moves on, elsewhere it only switches. */
    public void chooseLanguage(String code) {
        language = Objects.requireNonNull(code);
        activity(TrailStep.LANGUAGE, code);
        if (step == Step.ATTRACT || step == Step.LANGUAGE) {
            step = Step.SERVICE;
        }
    }

    public void chooseService(String id) {
        expect(Step.SERVICE);
        serviceId = Objects.requireNonNull(id);
        issueFailed = false;
        activity(TrailStep.SERVICE, id);
        if (identificationOffered) {
            step = Step.IDENTIFY;
        } else {
            beginIssuing(new Identification.Skipped());
        }
    }

    public void identify(Identification how) {
        expect(Step.IDENTIFY);
        activity(TrailStep.IDENTIFIED, how.trailCode());
        beginIssuing(how);
    }

    public void skipIdentification() {
        identify(new Identification.Skipped());
    }

    /**
     * An unreadable card, an unknown code: stays on identification and counts towards a struggle.
     *
     * @param what a code for the trail: {@code UNREADABLE_CARD}, {@code UNKNOWN_CODE}
     */
    public void identificationFailed(String what) {
        expect(Step.IDENTIFY);
        activity(TrailStep.IDENTIFY_FAILED, what);
        struggle.failure();
    }

    public void back() {
        var previous =
                switch (step) {
                    case LANGUAGE -> Step.ATTRACT;
                    case SERVICE -> Step.LANGUAGE;
                    case IDENTIFY -> Step.SERVICE;
                    default -> throw new IllegalStateException("no way back from " + step);
                };
        activity(TrailStep.BACK, previous.name());
        struggle.reversal();
        step = previous;
    }

    public void issued(String ticketNumber) {
        expect(Step.ISSUING);
        activity(TrailStep.TICKET, ticketNumber);
        issueKey = null;
        issueKeyServiceId = null;
        step = Step.TICKET;
    }

    /**
     * The server did not confirm the ticket: back to the tiles; a retry for the same service reuses the key.
     *
     * @param why a code for the trail, e.g. {@code SERVER}
     */
    public void issueFailed(String why) {
        expect(Step.ISSUING);
        activity(TrailStep.ISSUE_FAILED, why);
        struggle.failure();
        issueFailed = true;
        step = Step.SERVICE;
    }

    /** The visitor is done with the ticket screen. */
    public void finish() {
        expect(Step.TICKET);
        reset();
    }

    public void requestHelp() {
        activity(TrailStep.ASKED_FOR_PERSON, null);
        help = Help.REQUESTED;
    }

    public void declineHelp() {
        activity(TrailStep.DECLINED_HELP, null);
        help = Help.NONE;
    }

    public void helpAnswered(String name) {
        helperName = name == null || name.isBlank() ? null : name;
        help = Help.ANSWERED;
        record(TrailStep.RECEPTION_ANSWERED, null);
    }

    /** "More time, please" on the idle warning. */
    public void extendTime() {
        activity(TrailStep.MORE_TIME, null);
    }

    /** Called about once a second and right after each action; returns what the screen must do. */
    public Tick tick() {
        if (step == Step.ISSUING) {
            return Tick.NOTHING;
        }
        var idle = Duration.between(lastActivity, clock.instant());
        if (help == Help.REQUESTED || help == Help.ANSWERED) {
            return resetAfter(idle, timeouts.helpWait());
        }
        if (step == Step.ATTRACT) {
            return Tick.NOTHING;
        }
        if (step == Step.TICKET) {
            return resetAfter(idle, timeouts.ticketShown());
        }
        if (idleWarning) {
            return resetAfter(idle, timeouts.idleWarning().plus(timeouts.warningGrace()));
        }
        if (idle.compareTo(timeouts.idleWarning()) >= 0) {
            idleWarning = true;
            record(TrailStep.IDLE_WARNING, null);
            return Tick.WARN_IDLE;
        }
        if (help == Help.NONE) {
            Optional<Struggle> found = struggle.check(step.isMidFlow());
            if (found.isPresent()) {
                help = Help.OFFERED;
                struggleReason = found.get();
                record(TrailStep.STRUGGLE, found.get().name());
                return Tick.OFFER_HELP;
            }
        }
        return Tick.NOTHING;
    }

    public void reset() {
        step = Step.ATTRACT;
        language = defaultLanguage;
        serviceId = null;
        identification = null;
        issueKey = null;
        issueKeyServiceId = null;
        issueFailed = false;
        idleWarning = false;
        help = Help.NONE;
        helperName = null;
        struggleReason = null;
        trail.clear();
        struggle.reset();
        lastActivity = clock.instant();
    }

    private void beginIssuing(Identification how) {
        identification = how;
        // Reuse the key when the visitor retries the same service after a failed issue: the server may have
        // created the ticket before the answer was lost, and the key makes the retry return that same ticket.
        if (issueKey == null || !serviceId.equals(issueKeyServiceId)) {
            issueKey = idempotencyKeys.get();
            issueKeyServiceId = serviceId;
        }
        step = Step.ISSUING;
    }

    private Tick resetAfter(Duration idle, Duration limit) {
        if (idle.compareTo(limit) >= 0) {
            reset();
            return Tick.RESET;
        }
        return Tick.NOTHING;
    }

    private void activity(TrailStep what, String value) {
        lastActivity = clock.instant();
        idleWarning = false;
        struggle.activity();
        record(what, value);
    }

    private void record(TrailStep what, String value) {
        if (trail.size() == TRAIL_LIMIT) {
            trail.removeFirst();
        }
        trail.addLast(new TrailEntry(clock.instant(), what, value));
    }

    private void expect(Step expected) {
        if (step != expected) {
            throw new IllegalStateException("expected step " + expected + " but was " + step);
        }
    }

    public Step step() {
        return step;
    }

    public String language() {
        return language;
    }

    public String serviceId() {
        return serviceId;
    }

    public Identification identification() {
        return identification;
    }

    /** Idempotency key of the current issue attempt; null outside issuing. */
    public String issueKey() {
        return issueKey;
    }

    public boolean issueFailedLastTime() {
        return issueFailed;
    }

    public boolean idleWarningShown() {
        return idleWarning;
    }

    public Help help() {
        return help;
    }

    public String helperName() {
        return helperName;
    }

    public Struggle struggleReason() {
        return struggleReason;
    }

    public List<TrailEntry> trail() {
        return List.copyOf(trail);
    }
}
