package fi.vuoro.kiosk.printing;

import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.hardware.ticket.TicketLayout;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintableTicket;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The printed ticket for what the screen shows: same words, same language, same QR target. A ticket issued offline
 * has no mobile ticket yet: no QR code and no "scan the code" footer, and it says the time is approximate.
 */
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
                footer(ticket, language, translate),
                language,
                width,
                null);
    }

    private static String footer(
            PrintableTicket ticket, Locale language, BiFunction<String, Locale, String> translate) {
        var parts = new java.util.ArrayList<String>();
        if (ticket.approximate()) parts.add(translate.apply("ticket.approximate", language));
        if (ticket.mobileTicketUrl() != null) parts.add(translate.apply("print.footer", language));
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
