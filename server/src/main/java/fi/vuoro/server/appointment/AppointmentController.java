package fi.vuoro.server.appointment;

import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Appointment look-ups for the site's kiosks and staff; anything unknown is a 404 problem. */
@RestController
@RequestMapping(path = "/api/v1/sites/{site}/appointments", produces = "application/json")
@Tag(name = "Appointments", description = "Booked appointments a kiosk checks in")
class AppointmentController {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    private static final Pattern CARD_HASH = Pattern.compile("[0-9a-f]{64}");

    private final AppointmentBook book;

    AppointmentController(AppointmentBook book) {
        this.book = book;
    }

    @GetMapping("/{reference}")
    @Operation(summary = "An appointment by the reference in its QR code")
    Appointment byReference(@PathVariable String site, @PathVariable String reference) {
        if (!REFERENCE.matcher(reference).matches()) {
            throw new InvalidInputException("An appointment reference has 1–60 letters, digits, '.', '_' or '-'");
        }
        return book.find(site, reference)
                .orElseThrow(() -> new NotFoundException("No appointment '" + reference + "' at site '" + site + "'"));
    }

    @GetMapping
    @Operation(summary = "The next appointment of a card holder, by the card's HMAC hash (never the card number)")
    Appointment byCard(@PathVariable String site, @RequestParam String cardHash) {
        if (!CARD_HASH.matcher(cardHash).matches()) {
            throw new InvalidInputException("cardHash is 64 lowercase hex digits (HMAC-SHA256)");
        }
        return book.findByCard(site, cardHash)
                .orElseThrow(() -> new NotFoundException("No coming appointment for this card at site '" + site + "'"));
    }
}
