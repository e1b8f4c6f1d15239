package fi.vuoro.kiosk.attract;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import fi.vuoro.kiosk.i18n.Language;

/**
 * A single screen-wide button: any touch starts. Every language greets at once, since nobody has chosen yet;
 * each line carries its {@code lang} so a screen reader pronounces it right. Below, in every language, how a visitor
 * with an appointment checks in without touching: card or appointment QR to the reader.
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
        // Journey 2: a visitor with an appointment need not touch anything (see checkin.DeviceReads).
        var appointment = new Div();
        appointment.addClassName("attract-appointment");
        for (var language : Language.values()) {
            var line = new Span(getTranslation(language.locale(), "attract.appointment"));
            line.getElement().setAttribute("lang", language.code());
            appointment.add(line);
        }
        start.add(appointment);
        start.addClickListener(e -> onStart.run());
        add(start);
    }
}
