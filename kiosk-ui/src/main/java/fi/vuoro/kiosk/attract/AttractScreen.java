package fi.vuoro.kiosk.attract;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import fi.vuoro.kiosk.i18n.Language;

/**
 * A single screen-wide button: any touch starts. Every language greets at once, since nobody has chosen yet;
 * each line carries its {@code lang} so a screen reader pronounces it right.
 */
public class AttractScreen extends Div {

    public AttractScreen(Runnable onStart) {
        addClassName("attract");
        var start = new NativeButton();
        start.addClassName("attract-start");
        for (var language : Language.values()) {
            var line = new Div(
                    new Span(getTranslation(language.locale(), "attract.welcome")),
                    new Span(getTranslation(language.locale(), "attract.touch")));
            line.addClassName("attract-line");
            line.getElement().setAttribute("lang", language.code());
            start.add(line);
        }
        start.addClickListener(e -> onStart.run());
        add(start);
    }
}
