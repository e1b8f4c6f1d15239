package fi.vuoro.kiosk.override;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** Covers the flow while reception has put the kiosk in staffed mode or locked it. */
public class OverrideScreen extends Div {

    public OverrideScreen(OverrideState state) {
        addClassNames("override-screen", "override-" + state.mode().name().toLowerCase());
        getElement().setAttribute("role", "alert");
        switch (state.mode()) {
            case STAFFED -> add(new H1(getTranslation("override.staffed")));
            case LOCKED -> {
                add(new H1(getTranslation("override.locked")));
                add(new Paragraph(getTranslation("override.lockedText")));
            }
            case NORMAL -> {}
        }
    }
}
