package fi.vuoro.kiosk.help;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;

/** The overlay of the help conversation. One instance per state; the view swaps them. */
public class HelpPanel extends Div {

    /** What the panel says. */
    public enum Kind {
        OFFER,
        COMING,
        UNDELIVERED
    }

    private HelpPanel(Kind kind) {
        addClassNames("overlay", "help-panel", "help-" + kind.name().toLowerCase());
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-modal", "true");
    }

    /** The kiosk noticed a struggle and asks whether a person should come. */
    public static HelpPanel offer(Runnable yes, Runnable no) {
        var panel = new HelpPanel(Kind.OFFER);
        var text = new Paragraph(panel.getTranslation("help.offer"));
        text.addClassName("help-headline");
        var accept = new NativeButton(panel.getTranslation("help.offerYes"), e -> yes.run());
        accept.addClassName("primary");
        var decline = new NativeButton(panel.getTranslation("help.offerNo"), e -> no.run());
        panel.add(box(text, accept, decline));
        return panel;
    }

    /** A person is on the way; named when reception said who. */
    public static HelpPanel coming(String staffName, Runnable close) {
        var panel = new HelpPanel(Kind.COMING);
        var text = new Paragraph(
                staffName == null
                        ? panel.getTranslation("help.coming")
                        : panel.getTranslation("help.comingNamed", staffName));
        text.addClassName("help-headline");
        var stay = new Paragraph(panel.getTranslation("help.stay"));
        var closeButton = new NativeButton(panel.getTranslation("help.close"), e -> close.run());
        panel.add(box(text, stay, closeButton));
        return panel;
    }

    /** The request could not reach the server: send the visitor to the desk instead of letting them wait. */
    public static HelpPanel undelivered(Runnable close) {
        var panel = new HelpPanel(Kind.UNDELIVERED);
        var text = new Paragraph(panel.getTranslation("help.undelivered"));
        text.addClassName("help-headline");
        var closeButton = new NativeButton(panel.getTranslation("help.close"), e -> close.run());
        panel.add(box(text, closeButton));
        return panel;
    }

    private static Div box(com.vaadin.flow.component.Component... content) {
        var box = new Div(content);
        box.addClassName("overlay-box");
        return box;
    }
}
