package fi.vuoro.kiosk.feedback;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.vuoro.kiosk.i18n.Language;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the check-in view embeds for feedback: the trilingual "How was your visit?" button for the attract screen,
 * and while open, the screen of the current {@link FeedbackFlow} step. Thin: every touch goes to the flow, then the
 * view re-renders.
 */
public final class FeedbackPanel {

    static final Duration IDLE = Duration.ofSeconds(60);
    static final Duration THANKS_SHOWN = Duration.ofSeconds(8);

    private final FeedbackGateway gateway;
    private final Clock clock;
    private FeedbackFlow flow;

    public FeedbackPanel(FeedbackGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    public boolean isOpen() {
        return flow != null;
    }

    public void open() {
        flow = new FeedbackFlow(clock, IDLE, THANKS_SHOWN);
    }

    public void close() {
        flow = null;
    }

    /** @return true when the flow just ended (idle or thanked long enough): the view shows the attract screen */
    public boolean tick() {
        if (flow != null && flow.tick()) {
            flow = null;
            return true;
        }
        return false;
    }

    /** Language switched from the top bar: counts as a touch. */
    public void touched() {
        if (flow != null) flow.touch();
    }

    /**
     * For the scanner (owned by the reader integration): hands a scan to an open feedback screen.
     *
     * @return whether feedback was open and took the scan (else the caller treats it as a check-in scan)
     */
    public boolean acceptScan(String text, String language) {
        if (flow == null || flow.step() == FeedbackFlow.Step.THANKS) return false;
        if (flow.scanned(text) && flow.step() == FeedbackFlow.Step.TICKET) {
            flow.send(gateway, language);
        }
        return true;
    }

    /** The trilingual entry button under the attract screen. */
    public Component openButton(Runnable onOpen) {
        var button = new NativeButton();
        button.addClassName("feedback-open");
        for (var language : Language.values()) {
            var line = new Span(button.getTranslation(language.locale(), "feedback.open"));
            line.getElement().setAttribute("lang", language.code());
            button.add(line);
        }
        button.addClickListener(e -> onOpen.run());
        var host = new FeedbackScreen(button);
        host.addClassName("feedback-entry");
        return host;
    }

    /** The current step's screen; {@code rerender} is called after every touch, {@code onClose} when closed. */
    public Component screen(Supplier<String> language, Runnable rerender, Runnable onClose) {
        var screen = new FeedbackScreen();
        screen.addClassNames(
                "screen", "feedback-screen", "feedback-" + flow.step().name().toLowerCase());
        var close = new NativeButton(screen.getTranslation("feedback.close"), e -> {
            flow = null;
            onClose.run();
        });
        close.addClassName("feedback-close");
        switch (flow.step()) {
            case RATING -> screen.add(rating(screen, rerender));
            case REASONS -> screen.add(reasons(screen, rerender));
            case TICKET -> screen.add(ticket(screen, language, rerender));
            case THANKS -> screen.add(thanks(screen));
        }
        var actions = new Div();
        actions.addClassName("feedback-actions");
        if (flow.step() == FeedbackFlow.Step.REASONS || flow.step() == FeedbackFlow.Step.TICKET) {
            var back = new NativeButton(screen.getTranslation("nav.back"), e -> {
                flow.back();
                rerender.run();
            });
            back.addClassName("feedback-back");
            actions.add(back);
        }
        actions.add(close);
        screen.add(actions);
        return screen;
    }

    private Component[] rating(Div screen, Runnable rerender) {
        var title = new H1(screen.getTranslation("feedback.title"));
        var faces = new Div();
        faces.addClassName("faces");
        faces.getElement().setAttribute("role", "group");
        faces.getElement().setAttribute("aria-label", screen.getTranslation("feedback.faces"));
        for (int rating = 1; rating <= 5; rating++) {
            int chosen = rating;
            var label = screen.getTranslation("feedback.rating." + rating);
            var face = new Image(Faces.dataUrl(rating), "");
            face.getElement().setAttribute("aria-hidden", "true");
            var text = new Span(label);
            text.addClassName("face-label");
            var button = new NativeButton("", e -> {
                flow.rate(chosen);
                rerender.run();
            });
            button.add(face, text);
            button.addClassNames("face", "face-" + rating);
            // Soft hyphens (Kohta-laisesti) are for line breaks only, not for the screen reader.
            button.getElement().setAttribute("aria-label", label.replace("\u00AD", ""));
            faces.add(button);
        }
        return new Component[] {title, faces};
    }

    private Component[] reasons(Div screen, Runnable rerender) {
        var chosenFace = new Image(Faces.dataUrl(flow.rating()), "");
        chosenFace.getElement().setAttribute("aria-hidden", "true");
        chosenFace.addClassName("chosen-face");
        var chosen = new Paragraph(screen.getTranslation("feedback.rating." + flow.rating()));
        chosen.addClassName("chosen-label");
        var summary = new Div(chosenFace, chosen);
        summary.addClassName("feedback-summary");
        var title = new H1(screen.getTranslation("feedback.reasons.title"));
        var chips = new Div();
        chips.addClassName("reason-chips");
        chips.getElement().setAttribute("role", "group");
        chips.getElement().setAttribute("aria-label", screen.getTranslation("feedback.reasons.title"));
        for (var code : FeedbackFlow.REASONS) {
            boolean on = flow.reasons().contains(code);
            var label = screen.getTranslation("feedback.reason." + code);
            var chip = new NativeButton();
            chip.addClassNames("reason-chip", "reason-" + code);
            showChip(chip, label, on);
            // Updated in place, not re-rendered: a quick second tap must land on the same button.
            chip.addClickListener(e -> {
                flow.toggleReason(code);
                showChip(chip, label, flow.reasons().contains(code));
            });
            chips.add(chip);
        }
        var next = new NativeButton(screen.getTranslation("feedback.next"), e -> {
            flow.continueToTicket();
            rerender.run();
        });
        next.addClassNames("primary", "feedback-next");
        return new Component[] {summary, title, chips, next};
    }

    private static void showChip(NativeButton chip, String label, boolean on) {
        chip.setText((on ? "✓ " : "") + label);
        chip.getElement().getClassList().set("on", on);
        chip.getElement().setAttribute("aria-pressed", Boolean.toString(on));
    }

    private Component[] ticket(Div screen, Supplier<String> language, Runnable rerender) {
        var title = new H1(screen.getTranslation("feedback.ticket.title"));
        var text = new Paragraph(screen.getTranslation("feedback.ticket.text"));
        text.addClassName("feedback-ticket-text");
        var label = new Span(screen.getTranslation("feedback.ticket.label"));
        label.setId("feedback-ticket-label");
        var display = new Span();
        display.addClassName("feedback-ticket-display");
        display.getElement().setAttribute("role", "status");
        display.getElement().setAttribute("aria-labelledby", "feedback-ticket-label");
        var entry = new Div(label, display);
        entry.addClassName("feedback-ticket-entry");
        var problem = new Paragraph();
        problem.addClassName("error-note");
        problem.getElement().setAttribute("role", "alert");
        var send = new NativeButton(screen.getTranslation("feedback.send"), e -> {
            flow.send(gateway, language.get());
            rerender.run();
        });
        send.addClassNames("primary", "feedback-send");
        // Keys update the entry in place instead of re-rendering: fast taps must all land on live buttons.
        Runnable refresh = () -> showEntry(screen, display, problem, send);
        refresh.run();
        var letters = new Div();
        letters.addClassName("feedback-letters");
        for (var prefix : gateway.ticketPrefixes()) {
            letters.add(key(prefix, refresh));
        }
        var digits = new Div();
        digits.addClassName("feedback-digits");
        for (var digit : "123456789".split("")) digits.add(key(digit, refresh));
        var erase = new NativeButton("⌫", e -> {
            flow.erase();
            refresh.run();
        });
        erase.addClassName("feedback-erase");
        erase.getElement().setAttribute("aria-label", screen.getTranslation("feedback.ticket.erase"));
        var zero = key("0", refresh);
        zero.addClassName("feedback-key-0");
        digits.add(zero, erase, send);
        var keypad = new Div(letters, digits);
        keypad.addClassName("feedback-keypad");
        return new Component[] {title, text, entry, problem, keypad};
    }

    private void showEntry(Div screen, Span display, Paragraph problem, NativeButton send) {
        var shown = flow.ticket().map(TicketReference::shown).orElse(flow.typed());
        display.setText(shown.isEmpty() ? "—" : shown);
        problem.setVisible(flow.problem() != FeedbackFlow.Problem.NONE);
        problem.setText(
                switch (flow.problem()) {
                    case NOT_A_TICKET -> screen.getTranslation("feedback.notATicket");
                    case NOT_FOUND -> screen.getTranslation("feedback.notFound", shown);
                    case NOT_SENT -> screen.getTranslation("feedback.failed");
                    case NONE -> "";
                });
        send.setEnabled(flow.ticket().isPresent());
    }

    private NativeButton key(String symbol, Runnable refresh) {
        var button = new NativeButton(symbol, e -> {
            flow.type(symbol);
            refresh.run();
        });
        button.addClassName("feedback-key");
        return button;
    }

    private Component[] thanks(Div screen) {
        var face = new Image(Faces.dataUrl(flow.rating()), "");
        face.getElement().setAttribute("aria-hidden", "true");
        face.addClassName("chosen-face");
        var title = new H1(screen.getTranslation("feedback.thanks"));
        title.getElement().setAttribute("role", "status");
        var text = new Paragraph(screen.getTranslation(flow.poor() ? "feedback.thanksPoor" : "feedback.thanksText"));
        text.addClassName("feedback-thanks-text");
        return new Component[] {face, title, text};
    }

    FeedbackFlow flow() {
        return flow;
    }

    /** The feedback screens' root; carries their style sheet, loaded when one is first attached. */
    @StyleSheet("styles/feedback.css")
    static final class FeedbackScreen extends Div {
        FeedbackScreen(Component... children) {
            super(children);
        }
    }
}
