package fi.vuoro.kiosk.identify;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/**
 * "Do you have an appointment?": the card and QR prompts say what to do with the devices, the keypad takes a
 * code, and "continue without" is always the largest way on.
 */
public class IdentifyScreen extends Div {

    private final Runnable showKeypad;
    private final Paragraph problem = new Paragraph();

    public IdentifyScreen(Consumer<String> onCode, Runnable onSkip) {
        addClassNames("screen", "identify-screen");
        add(new H1(getTranslation("identify.title")));
        problem.addClassName("identify-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(problem);
        var options = new Div();
        options.addClassName("identify-options");
        options.add(prompt("▭", "identify.card"), prompt("▦", "identify.qr"));
        var keypadHost = new Div();
        keypadHost.addClassName("keypad-host");
        var typeCode = new NativeButton(getTranslation("identify.code"));
        typeCode.addClassName("identify-code");
        showKeypad = () -> {
            keypadHost.removeAll();
            keypadHost.add(new NumericKeypad(onCode));
            typeCode.setVisible(false);
        };
        typeCode.addClickListener(e -> showKeypad.run());
        options.add(typeCode);
        var skip = new NativeButton(getTranslation("identify.skip"), e -> onSkip.run());
        skip.addClassNames("primary", "identify-skip");
        add(options, keypadHost, skip);
    }

    /** "We could not read your card" and the like; {@code null} hides it. */
    public void showProblem(String key) {
        problem.setVisible(key != null);
        problem.setText(key == null ? "" : getTranslation(key));
    }

    /** Same as touching "type a code". */
    public void openKeypad() {
        showKeypad.run();
    }

    private Div prompt(String symbol, String key) {
        var icon = new Span(symbol);
        icon.addClassName("prompt-icon");
        // Decorative: the text says the same, so screen readers skip the symbol.
        icon.getElement().setAttribute("aria-hidden", "true");
        var prompt = new Div(icon, new Paragraph(getTranslation(key)));
        prompt.addClassName("identify-prompt");
        return prompt;
    }
}
