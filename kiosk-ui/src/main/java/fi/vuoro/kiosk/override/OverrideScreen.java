package fi.vuoro.kiosk.override;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fi.vuoro.kiosk.i18n.Language;

/**
 * Covers the flow while reception has put the kiosk in staffed mode or locked it. It speaks all three languages
 * at once, like the attract screen: the visitor in front of it may not have chosen one.
 */
public class OverrideScreen extends Div {

    public OverrideScreen(OverrideState state) {
        addClassNames("override-screen", "override-" + state.mode().name().toLowerCase());
        getElement().setAttribute("role", "alert");
        for (var language : Language.values()) {
            var line = new Div();
            line.addClassName("override-line");
            line.getElement().setAttribute("lang", language.code());
            switch (state.mode()) {
                case STAFFED -> line.add(new H1(getTranslation(language.locale(), "override.staffed")));
                case LOCKED ->
                    line.add(
                            new H1(getTranslation(language.locale(), "override.locked")),
                            new Paragraph(getTranslation(language.locale(), "override.lockedText")));
                case NORMAL -> {}
            }
            add(line);
        }
    }
}
