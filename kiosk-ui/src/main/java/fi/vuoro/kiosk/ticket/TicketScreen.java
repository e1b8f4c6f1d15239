package fi.vuoro.kiosk.ticket;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintOutcome;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintableTicket;

/** The issued ticket: big number, service, estimate, where to go, QR to the mobile ticket, what happens next. */
public class TicketScreen extends Div {

    public TicketScreen(PrintableTicket ticket, PrintOutcome printed, Runnable onDone) {
        addClassNames("screen", "ticket-screen");
        var label = new Span(getTranslation("ticket.yourNumber"));
        label.addClassName("ticket-label");
        var number = new Span(ticket.number());
        number.addClassName("ticket-number");
        var service = new Span(ticket.serviceName());
        service.addClassName("ticket-service");
        var head = new Div(label, number, service);
        head.addClassName("ticket-head");
        // Announced once when the screen appears, so a screen-reader user hears the number first.
        head.getElement().setAttribute("role", "status");

        var facts = new Div(
                fact("ticket.estimate", ticket.estimate()),
                fact("ticket.where", ticket.whereToGo()),
                fact("ticket.next", getTranslation("ticket.nextText")));
        facts.addClassName("ticket-facts");

        var qrBox = new Div();
        qrBox.addClassName("ticket-qr-box");
        if (ticket.mobileTicketUrl() != null) {
            var qr = new Image(QrCodeSvg.dataUrl(ticket.mobileTicketUrl()), getTranslation("ticket.qrAlt"));
            qr.addClassName("ticket-qr");
            qrBox.add(qr, new Paragraph(getTranslation("ticket.qr")));
        } else {
            qrBox.setVisible(false);
        }

        var paperKey = printed == PrintOutcome.PRINTED
                ? "ticket.printed"
                : ticket.mobileTicketUrl() == null ? "ticket.notPrintedNoCode" : "ticket.notPrinted";
        var paper = new Paragraph(getTranslation(paperKey));
        paper.addClassName(printed == PrintOutcome.PRINTED ? "paper-ok" : "paper-none");

        var body = new Div(facts, qrBox);
        body.addClassName("ticket-body");
        var done = new NativeButton(getTranslation("ticket.done"), e -> onDone.run());
        done.addClassNames("primary", "ticket-done");
        add(head);
        if (ticket.approximate()) {
            // Issued from the offline block: the number is valid, the time is a guess from before the outage.
            var approximate = new Paragraph(getTranslation("ticket.approximate"));
            approximate.addClassName("ticket-approximate");
            approximate.getElement().setAttribute("role", "note");
            add(approximate);
        }
        add(paper, body, done);
    }

    private Div fact(String titleKey, String text) {
        var fact = new Div(new H2(getTranslation(titleKey)), new Paragraph(text));
        fact.addClassName("ticket-fact");
        return fact;
    }
}
