package fi.vuoro.kiosk.checkin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import fi.vuoro.kiosk.i18n.Language;
import java.util.function.Consumer;

/** Three big buttons, each language named in itself. */
class LanguageScreen extends Div {

    LanguageScreen(Consumer<Language> onChoose) {
        addClassName("screen");
        addClassName("language-screen");
        var title = new H1();
        for (var language : Language.values()) {
            var part = new com.vaadin.flow.component.html.Span(getTranslation(language.locale(), "language.title"));
            part.getElement().setAttribute("lang", language.code());
            title.add(part);
        }
        title.addClassName("trilingual");
        var choices = new Div();
        choices.addClassName("choices");
        for (var language : Language.values()) {
            var button = new NativeButton(language.ownName(), e -> onChoose.accept(language));
            button.addClassNames("big-choice", "lang-" + language.code());
            button.getElement().setAttribute("lang", language.code());
            choices.add(button);
        }
        add(title, choices);
    }
}
