package fi.vuoro.kiosk.printing;

import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.hardware.ticket.TicketLayout;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintableTicket;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.BiFunction;

/** The printed ticket for what the screen shows: same words, same language, same QR target. */
public final class TicketLayouts {

    private TicketLayouts() {}

    /**
     * @param translate (key, language) → text from the kiosk's bundles; used for the header and the footer
     */
    public static TicketLayout of(
            PrintableTicket ticket, PaperWidth width, ZoneId zone, BiFunction<String, Locale, String> translate) {
        var language = Locale.of(ticket.language());
        return new TicketLayout(
                translate.apply("print.header", language),
                ticket.number(),
                ticket.serviceName(),
                ticket.estimate(),
                ticket.whereToGo(),
                LocalDateTime.ofInstant(ticket.issuedAt(), zone),
                ticket.mobileTicketUrl(),
                null,
                translate.apply("print.footer", language),
                language,
                width,
                null);
    }
}
