package fi.vuoro.kiosk.identify;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/** Big on-screen digits for an appointment code; the kiosk has no physical keyboard. */
public class NumericKeypad extends Div {

    private final CodeEntry entry = new CodeEntry();
    private final Span display = new Span();
    private final NativeButton ok;

    public NumericKeypad(Consumer<String> onCode) {
        addClassName("keypad");
        var label = new Span(getTranslation("keypad.label"));
        label.setId("keypad-label");
        display.addClassName("keypad-display");
        display.getElement().setAttribute("role", "status");
        display.getElement().setAttribute("aria-labelledby", "keypad-label");
        var keys = new Div();
        keys.addClassName("keypad-keys");
        for (var digit : "123456789".toCharArray()) {
            keys.add(key(digit));
        }
        var erase = new NativeButton("⌫", e -> {
            entry.erase();
            refresh();
        });
        erase.addClassName("keypad-erase");
        erase.getElement().setAttribute("aria-label", getTranslation("keypad.erase"));
        ok = new NativeButton(getTranslation("keypad.ok"), e -> onCode.accept(entry.value()));
        ok.addClassName("keypad-ok");
        keys.add(erase, key('0'), ok);
        add(label, display, keys);
        refresh();
    }

    private NativeButton key(char digit) {
        var button = new NativeButton(String.valueOf(digit), e -> {
            entry.press(digit);
            refresh();
        });
        button.addClassName("keypad-key");
        return button;
    }

    private void refresh() {
        display.setText(entry.value().isEmpty() ? "—" : entry.value());
        ok.setEnabled(entry.complete());
    }
}
