package fi.vuoro.kiosk.ticket;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintOutcome;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintableTicket;

/**
 * The issued ticket: big number, service, estimate, where to go, QR to the mobile ticket, what happens next, and
 * whether there is a paper ticket (updated when the printer answers; if it cannot print, the sentence says why
 * and that this screen is the ticket).
 */
public class TicketScreen extends Div {

    private final Paragraph paper = new Paragraph();
    private final Paragraph greeter = new Paragraph();
    /** False for a ticket issued offline: no QR code, so the paper sentences must not mention one. */
    private final boolean hasCode;

    private PrintOutcome shown;

    public TicketScreen(PrintableTicket ticket, PrintOutcome printed, Runnable onDone) {
        this(ticket, printed, null, onDone);
    }

    /** @param welcome "Welcome, Anna." and "Laboratory, around 10:40" for an appointment, or null */
    public TicketScreen(PrintableTicket ticket, PrintOutcome printed, String[] welcome, Runnable onDone) {
        addClassNames("screen", "ticket-screen");
        hasCode = ticket.mobileTicketUrl() != null;
        if (welcome != null) {
            var hello = new Div(new Span(welcome[0]), new Span(welcome[1]));
            hello.addClassName("ticket-welcome");
            add(hello);
        }
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

        // Screen readers hear when the printer is done, or why there is no paper.
        paper.getElement().setAttribute("role", "status");
        greeter.addClassName("ticket-greeter");
        greeter.setVisible(false);
        showPaper(printed);

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
        add(paper, greeter, body, done);
    }

    /** Shows what the printer did; cheap to call every tick (changes the DOM only when the outcome changed). */
    public void showPaper(PrintOutcome printed) {
        if (printed == shown) return;
        shown = printed;
        paper.setText(getTranslation(paperKey(printed, hasCode)));
        paper.setClassName("paper-ok", printed == PrintOutcome.PRINTED);
        paper.setClassName("paper-pending", printed == PrintOutcome.PRINTING);
        paper.setClassName("paper-none", printed == PrintOutcome.NO_PRINTER);
        paper.setClassName("paper-fault", isFault(printed));
        paper.getElement().setAttribute("data-outcome", printed.name());
    }

    public void showGreeter(String name) {
        greeter.setVisible(name != null);
        if (name != null) greeter.setText(getTranslation("ticket.greeter", name));
    }

    /** @param hasCode whether the screen shows a QR code (not for an offline ticket): the sentence may point to it */
    static String paperKey(PrintOutcome printed, boolean hasCode) {
        var noCode = hasCode ? "" : "NoCode";
        return switch (printed) {
            case PRINTING -> "ticket.printing";
            case PRINTED -> "ticket.printed";
            case NO_PRINTER -> "ticket.notPrinted" + noCode;
            case PAPER_OUT -> "ticket.paperOut" + noCode;
            case COVER_OPEN -> "ticket.coverOpen" + noCode;
            case OFFLINE, FAILED -> "ticket.printerOffline" + noCode;
        };
    }

    private static boolean isFault(PrintOutcome printed) {
        return printed == PrintOutcome.PAPER_OUT
                || printed == PrintOutcome.COVER_OPEN
                || printed == PrintOutcome.OFFLINE
                || printed == PrintOutcome.FAILED;
    }

    private Div fact(String titleKey, String text) {
        var fact = new Div(new H2(getTranslation(titleKey)), new Paragraph(text));
        fact.addClassName("ticket-fact");
        return fact;
    }
}
