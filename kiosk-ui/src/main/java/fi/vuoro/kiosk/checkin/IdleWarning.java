package fi.vuoro.kiosk.checkin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;

/** "Are you still there?" with a way to get more time (WCAG 2.2.1) and a way to start over. */
class IdleWarning extends Div {

    IdleWarning(Runnable moreTime, Runnable startOver) {
        addClassNames("overlay", "idle-warning");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-modal", "true");
        var title = new Paragraph(getTranslation("idle.title"));
        title.addClassName("help-headline");
        var more = new NativeButton(getTranslation("idle.more"), e -> moreTime.run());
        more.addClassName("primary");
        var restart = new NativeButton(getTranslation("idle.restart"), e -> startOver.run());
        var box = new Div(title, new Paragraph(getTranslation("idle.text")), more, restart);
        box.addClassName("overlay-box");
        add(box);
    }
}
