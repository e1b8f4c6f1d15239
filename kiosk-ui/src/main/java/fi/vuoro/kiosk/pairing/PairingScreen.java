package fi.vuoro.kiosk.pairing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** "This kiosk is not connected": the pairing code, large, with what the admin does with it. */
public class PairingScreen extends Div {

    public PairingScreen(String code) {
        addClassNames("screen", "pairing-screen");
        getElement().setAttribute("role", "alertdialog");
        add(new H1(getTranslation("pairing.title")));
        if (code == null) {
            add(new Paragraph(getTranslation("pairing.waiting")));
            return;
        }
        var shown = new Span(code);
        shown.addClassName("pairing-code");
        // Read character by character: "K 7 P 3 Q X".
        shown.getElement()
                .setAttribute(
                        "aria-label", String.join(" ", code.replace("-", "").split("")));
        add(
                new Paragraph(getTranslation("pairing.instructions")),
                shown,
                new Paragraph(getTranslation("pairing.after")));
    }
}
