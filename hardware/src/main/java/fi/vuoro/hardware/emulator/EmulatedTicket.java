package fi.vuoro.hardware.emulator;

import fi.vuoro.hardware.ticket.PaperWidth;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One ticket the emulator printed, from initialise or the previous cut up to a cut. */
public record EmulatedTicket(int sequence, Instant cutAt, PaperWidth paperWidth, List<TicketElement> elements) {

    public EmulatedTicket {
        elements = List.copyOf(elements);
    }

    /** As a person would read it off the paper, one printed line per line. */
    public String plainText() {
        return TicketTextRenderer.render(this);
    }

    /** The first QR code's data, if any. */
    public Optional<String> qrData() {
        return elements.stream()
                .filter(e -> e instanceof TicketElement.QrCode)
                .map(e -> ((TicketElement.QrCode) e).data())
                .findFirst();
    }
}
