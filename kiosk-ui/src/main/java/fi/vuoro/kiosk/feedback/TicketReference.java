package fi.vuoro.kiosk.feedback;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which visit the feedback is about: the ticket id from a scanned mobile-ticket link, or a printed number. */
public sealed interface TicketReference {

    record TicketId(String id) implements TicketReference {}

    record Number(String number) implements TicketReference {}

    Pattern NUMBER = Pattern.compile("([A-Z]{1,3})[\\s-]?(\\d{1,5})");
    Pattern LINK_ID = Pattern.compile("/ticket/([A-Za-z0-9-]{8,64})(?:[/?#].*)?$");

    /**
     * Reads what the scanner or the keypad delivered: a mobile-ticket URL ({@code …/ticket/{id}…}) or a ticket
     * number ({@code L141}, {@code l-141}).
     *
     * @return empty for anything else (a random QR code, a card number)
     */
    static Optional<TicketReference> parse(String text) {
        if (text == null) return Optional.empty();
        var trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 500) return Optional.empty();
        var link = LINK_ID.matcher(trimmed);
        if (trimmed.contains("://") && link.find()) return Optional.of(new TicketId(link.group(1)));
        var number = NUMBER.matcher(trimmed.toUpperCase(Locale.ROOT));
        if (number.matches()) return Optional.of(new Number(number.group(1) + number.group(2)));
        return Optional.empty();
    }

    /** What the visitor sees for this reference: the number, or "QR" for a scanned link. */
    default String shown() {
        return this instanceof Number(var n) ? n : "QR";
    }
}
