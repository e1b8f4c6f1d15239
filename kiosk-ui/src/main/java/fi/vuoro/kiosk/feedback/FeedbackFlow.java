package fi.vuoro.kiosk.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "How was your visit?" as a plain state machine: rating → optional reasons → which ticket → thank you. A scan may
 * name the ticket at any step. Idle for {@code idle} anywhere, or {@code thanksShown} on the thank-you screen, and
 * the flow is over (the view returns to the attract screen).
 */
public final class FeedbackFlow {

    public enum Step {
        RATING,
        REASONS,
        TICKET,
        THANKS
    }

    /** What went wrong on the ticket step, for the screen to say. */
    public enum Problem {
        NONE,
        NOT_A_TICKET,
        NOT_FOUND,
        NOT_SENT
    }

    /** Reason codes the server knows, in the order they are offered: negatives first, then positives. */
    public static final List<String> REASONS =
            List.of("WAIT_LONG", "HARD_TO_FIND", "KIOSK_DIFFICULT", "NOT_RESOLVED", "STAFF_FRIENDLY", "QUICK_SERVICE");

    static final int MAX_TYPED = 8;

    private final Clock clock;
    private final Duration idle;
    private final Duration thanksShown;
    private Step step = Step.RATING;
    private int rating;
    private final Set<String> reasons = new LinkedHashSet<>();
    private final StringBuilder typed = new StringBuilder();
    private TicketReference scanned;
    private Problem problem = Problem.NONE;
    private Instant lastTouch;
    private boolean over;

    public FeedbackFlow(Clock clock, Duration idle, Duration thanksShown) {
        this.clock = clock;
        this.idle = idle;
        this.thanksShown = thanksShown;
        this.lastTouch = clock.instant();
    }

    public void rate(int stars) {
        if (stars < 1 || stars > 5) throw new IllegalArgumentException("rating 1–5: " + stars);
        touch();
        rating = stars;
        step = Step.REASONS;
    }

    public void toggleReason(String code) {
        touch();
        if (!REASONS.contains(code)) return;
        if (!reasons.remove(code)) reasons.add(code);
    }

    public void continueToTicket() {
        touch();
        if (rating > 0) step = Step.TICKET;
    }

    public void back() {
        touch();
        problem = Problem.NONE;
        step = switch (step) {
            case TICKET -> Step.REASONS;
            case REASONS, RATING -> Step.RATING;
            case THANKS -> Step.THANKS;
        };
    }

    /** A key of the on-screen keypad: a digit or a ticket prefix (one to three letters). */
    public void type(String key) {
        touch();
        scanned = null;
        problem = Problem.NONE;
        for (char c : key.toCharArray()) {
            if (typed.length() < MAX_TYPED && Character.isLetterOrDigit(c)) typed.append(Character.toUpperCase(c));
        }
    }

    public void erase() {
        touch();
        problem = Problem.NONE;
        if (!typed.isEmpty()) typed.setLength(typed.length() - 1);
    }

    /**
     * A scan from the ticket's QR code (mobile-ticket link) or its printed number.
     *
     * @return whether it named a ticket; on the ticket step the view then sends at once
     */
    public boolean scanned(String text) {
        touch();
        var parsed = TicketReference.parse(text);
        if (parsed.isEmpty()) {
            problem = Problem.NOT_A_TICKET;
            return false;
        }
        scanned = parsed.get();
        typed.setLength(0);
        problem = Problem.NONE;
        return true;
    }

    /** The ticket to send for: the scan if there was one, else what was typed, if it reads as a number. */
    public Optional<TicketReference> ticket() {
        if (scanned != null) return Optional.of(scanned);
        return TicketReference.parse(typed.toString()).filter(TicketReference.Number.class::isInstance);
    }

    /** Sends through the gateway; on success the flow thanks, otherwise it stays on the ticket step with a problem. */
    public void send(FeedbackGateway gateway, String language) {
        touch();
        var ticket = ticket();
        if (rating == 0) return;
        if (ticket.isEmpty()) {
            problem = Problem.NOT_A_TICKET;
            step = Step.TICKET;
            return;
        }
        var result = gateway.send(new FeedbackAnswer(ticket.get(), rating, new ArrayList<>(reasons), language));
        switch (result) {
            case FeedbackGateway.Result.Sent sent -> {
                problem = Problem.NONE;
                step = Step.THANKS;
            }
            case FeedbackGateway.Result.TicketNotFound notFound -> {
                problem = Problem.NOT_FOUND;
                step = Step.TICKET;
            }
            case FeedbackGateway.Result.Failed failed -> {
                problem = Problem.NOT_SENT;
                step = Step.TICKET;
            }
        }
    }

    /** @return true once the flow is over: idle too long, or the thank-you has been shown long enough */
    public boolean tick() {
        if (over) return true;
        var quiet = Duration.between(lastTouch, clock.instant());
        over = step == Step.THANKS ? quiet.compareTo(thanksShown) >= 0 : quiet.compareTo(idle) >= 0;
        return over;
    }

    public void touch() {
        lastTouch = clock.instant();
    }

    public Step step() {
        return step;
    }

    public int rating() {
        return rating;
    }

    public Set<String> reasons() {
        return Set.copyOf(reasons);
    }

    public String typed() {
        return typed.toString();
    }

    public Problem problem() {
        return problem;
    }

    /** Poor ratings get a thank-you that says reception hears of it. */
    public boolean poor() {
        return rating > 0 && rating <= 2;
    }
}
