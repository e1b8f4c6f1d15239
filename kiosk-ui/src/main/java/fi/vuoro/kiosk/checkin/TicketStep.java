package fi.vuoro.kiosk.checkin;

import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.flow.CheckIn;
import fi.vuoro.kiosk.flow.Identification;
import fi.vuoro.kiosk.server.Appointment;
import fi.vuoro.kiosk.server.IssuedTicket;
import fi.vuoro.kiosk.server.QueueGateway;
import fi.vuoro.kiosk.server.TicketNotIssued;
import fi.vuoro.kiosk.server.TicketRequest;
import fi.vuoro.kiosk.ticket.TicketPrinter;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintOutcome;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintableTicket;
import fi.vuoro.kiosk.ticket.WaitEstimate;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues the ticket for the flow's issuing step and hands it to the printer on a printing thread, so the screen
 * shows the ticket at once and says "take your ticket" when the printer is done (or why there is no paper). An
 * appointment found by card or QR decides the service and places the ticket by its booked time. Offline issuing
 * (journey 8) happens behind the gateway: a ticket from a leased block comes back marked {@code offline}, and is
 * shown and printed without a QR code and with an approximate time.
 */
final class TicketStep {

    private static final Logger log = LoggerFactory.getLogger(TicketStep.class);
    /** One printing thread for the whole kiosk: the printer takes one ticket at a time anyway. */
    private static final Executor PRINTING = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "kiosk-print");
        thread.setDaemon(true);
        return thread;
    });

    private final QueueGateway gateway;
    private final TicketPrinter printer;
    private final KioskProperties properties;
    private final Clock clock;
    private PrintableTicket printable;
    private String ticketId;
    private Appointment appointment;
    private String greeter;
    private volatile PrintJob job;

    TicketStep(QueueGateway gateway, TicketPrinter printer, KioskProperties properties, Clock clock) {
        this.gateway = gateway;
        this.printer = printer;
        this.properties = properties;
        this.clock = clock;
    }

    /** The appointment the visitor identified with (card or QR), or null for a walk-in. */
    void useAppointment(Appointment found) {
        this.appointment = found;
    }

    void issue(CheckIn checkIn) {
        var identification = checkIn.identification();
        var reference = appointment != null
                ? appointment.reference()
                : identification instanceof Identification.AppointmentQr qr
                        ? qr.reference()
                        : identification instanceof Identification.KeypadCode code ? code.code() : null;
        // A card that matched no appointment still identifies the visitor, by its keyed hash only.
        var cardHash =
                appointment == null && identification instanceof Identification.Card card ? card.keyedHash() : null;
        var request = new TicketRequest(
                appointment != null ? appointment.serviceId() : checkIn.serviceId(),
                checkIn.language(),
                appointment != null ? "APPOINTMENT" : null,
                reference,
                checkIn.issueKey(),
                appointment != null ? appointment.at() : null,
                cardHash);
        try {
            var ticket = gateway.issue(request);
            ticketId = ticket.id();
            greeter = null;
            printable = printable(ticket, checkIn.language());
            var next = new PrintJob(printable);
            job = next;
            if (printer.printsOnPaper()) {
                PRINTING.execute(next);
            } else {
                next.outcome = PrintOutcome.NO_PRINTER;
            }
            checkIn.issued(ticket.number());
        } catch (TicketNotIssued e) {
            log.warn("ticket not issued: {}", e.getMessage());
            checkIn.issueFailed("SERVER");
        }
    }

    /** After the visitor left (or a new visit began): forget the appointment and the greeter. */
    void reset() {
        appointment = null;
        greeter = null;
    }

    private PrintableTicket printable(IssuedTicket ticket, String language) {
        var service = gateway.services().stream()
                .filter(s -> s.id().equals(ticket.serviceId()))
                .findFirst();
        var locale = Locale.of(language);
        var wait = WaitEstimate.forTicket(ticket.estimatedWaitSeconds(), ticket.position(), clock);
        // An appointment is called by its booked time (the queue places it so): say that time, not the walk-in wait.
        var translate = appointment != null
                ? com.vaadin.flow.i18n.I18NProvider.translate(
                        locale,
                        "appointment.estimate",
                        java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                                .format(appointment.at().atZone(clock.getZone())))
                : ticket.offline() && ticket.estimatedWaitSeconds() == null
                        ? com.vaadin.flow.i18n.I18NProvider.translate(locale, "ticket.estimateOffline")
                        : com.vaadin.flow.i18n.I18NProvider.translate(locale, wait.key(), wait.args());
        var where = service.map(s -> s.locationIn(language)).orElse(null);
        return new PrintableTicket(
                ticket.number(),
                service.map(s -> s.name(language)).orElse(ticket.serviceId()),
                translate,
                where != null ? where : com.vaadin.flow.i18n.I18NProvider.translate(locale, "ticket.whereDefault"),
                ticket.offline() ? null : properties.mobileTicketUrl(ticket.id()),
                language,
                ticket.issuedAt() != null ? ticket.issuedAt() : clock.instant(),
                ticket.offline());
    }

    PrintableTicket printable() {
        return printable;
    }

    /** PRINTING until the printer answered; then the outcome of this ticket's job. */
    PrintOutcome printed() {
        var current = job;
        return current == null ? PrintOutcome.NO_PRINTER : current.outcome;
    }

    String ticketId() {
        return ticketId;
    }

    Appointment appointment() {
        return appointment;
    }

    /** "Mari will greet you", when reception said so for this ticket. */
    void greetedBy(String name) {
        greeter = name;
    }

    String greeter() {
        return greeter;
    }

    /** Preview only (screenshots): the printer's answer without a printer. */
    void previewOutcome(PrintOutcome outcome) {
        var preview = new PrintJob(printable);
        preview.outcome = outcome;
        job = preview;
    }

    private final class PrintJob implements Runnable {
        private final PrintableTicket ticket;
        private volatile PrintOutcome outcome = PrintOutcome.PRINTING;

        PrintJob(PrintableTicket ticket) {
            this.ticket = ticket;
        }

        @Override
        public void run() {
            try {
                outcome = printer.print(ticket);
            } catch (RuntimeException e) {
                // The ticket exists on the server; a printer fault must not hide it from the visitor.
                log.warn("printing failed", e);
                outcome = PrintOutcome.FAILED;
            }
        }
    }
}
