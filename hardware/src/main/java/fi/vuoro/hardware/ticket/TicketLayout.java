package fi.vuoro.hardware.ticket;

import fi.vuoro.hardware.escpos.MonochromeImage;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * What goes on a printed queue ticket, already in the visitor's language. Optional parts are {@code null} or
 * blank.
 *
 * @param header organisation or site name at the top
 * @param ticketNumber the big number, e.g. {@code A123}
 * @param qrPayload usually the mobile-ticket URL
 * @param code128Payload printable ASCII, for desks with a barcode scanner
 * @param language fi, sv or en; picks the date format
 */
public record TicketLayout(
        String header,
        String ticketNumber,
        String serviceName,
        String estimatedTimeText,
        String whereToGoText,
        LocalDateTime issuedAt,
        String qrPayload,
        String code128Payload,
        String footer,
        Locale language,
        PaperWidth paperWidth,
        MonochromeImage logo) {

    public TicketLayout {
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(paperWidth, "paperWidth");
        language = language == null ? Locale.of("fi") : language;
        if (logo != null && logo.width() > paperWidth.dots()) {
            throw new IllegalArgumentException(
                    "logo is " + logo.width() + " dots wide, paper takes " + paperWidth.dots());
        }
    }

    public TicketLayout withPaperWidth(PaperWidth width) {
        return new TicketLayout(
                header,
                ticketNumber,
                serviceName,
                estimatedTimeText,
                whereToGoText,
                issuedAt,
                qrPayload,
                code128Payload,
                footer,
                language,
                width,
                logo);
    }

    /** The issue time as people in that language write it. */
    public String issuedAtText() {
        String pattern = "en".equals(language.getLanguage()) ? "yyyy-MM-dd HH:mm" : "d.M.yyyy HH:mm";
        return issuedAt.format(DateTimeFormatter.ofPattern(pattern, language));
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
