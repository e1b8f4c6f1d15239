package fi.vuoro.kiosk.checkin;

import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.flow.CheckIn;
import fi.vuoro.kiosk.flow.Identification;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues the ticket for the flow's issuing step and hands it to the printer. Offline issuing (journey 8) happens
 * behind the gateway: a ticket from a leased block comes back marked {@code offline}.
 */
final class TicketStep {

    private static final Logger log = LoggerFactory.getLogger(TicketStep.class);

    private final QueueGateway gateway;
    private final TicketPrinter printer;
    private final KioskProperties properties;
    private final Clock clock;
    private PrintableTicket printable;
    private PrintOutcome printed;

    TicketStep(QueueGateway gateway, TicketPrinter printer, KioskProperties properties, Clock clock) {
        this.gateway = gateway;
        this.printer = printer;
        this.properties = properties;
        this.clock = clock;
    }

    void issue(CheckIn checkIn) {
        var reference =
                switch (checkIn.identification()) {
                    case Identification.AppointmentQr qr -> qr.reference();
                    case Identification.KeypadCode code -> code.code();
                    case null, default -> null;
                };
        var request = new TicketRequest(checkIn.serviceId(), checkIn.language(), null, reference, checkIn.issueKey());
        try {
            var ticket = gateway.issue(request);
            printable = printable(ticket, checkIn.language());
            printed = print(printable);
            checkIn.issued(ticket.number());
        } catch (TicketNotIssued e) {
            log.warn("ticket not issued: {}", e.getMessage());
            checkIn.issueFailed("server");
        }
    }

    private PrintOutcome print(PrintableTicket ticket) {
        try {
            return printer.print(ticket);
        } catch (RuntimeException e) {
            // The ticket exists on the server; a printer fault must not hide it from the visitor.
            log.warn("printing failed", e);
            return PrintOutcome.FAILED;
        }
    }

    private PrintableTicket printable(IssuedTicket ticket, String language) {
        var service = gateway.services().stream()
                .filter(s -> s.id().equals(ticket.serviceId()))
                .findFirst();
        var locale = Locale.of(language);
        var wait = WaitEstimate.withClockTime(
                ticket.estimatedWaitSeconds() == null ? 0 : ticket.estimatedWaitSeconds(), clock);
        var translate = ticket.offline() && ticket.estimatedWaitSeconds() == null
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
                ticket.offline());
    }

    PrintableTicket printable() {
        return printable;
    }

    PrintOutcome printed() {
        return printed;
    }
}
