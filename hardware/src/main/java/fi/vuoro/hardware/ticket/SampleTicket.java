package fi.vuoro.hardware.ticket;

import java.time.LocalDateTime;
import java.util.Locale;

/** A realistic bilingual ticket for test prints, the emulator and measurements. */
public final class SampleTicket {

    public static final String MOBILE_URL = "https://vuoro.example/t/7Q2K-A123";

    private SampleTicket() {}

    public static TicketLayout of(PaperWidth width, LocalDateTime issuedAt) {
        return new TicketLayout(
                "Kalliolan terveysasema / Kallio hälsostation",
                "A123",
                "Yleislääkäri / Allmänläkare",
                "Arvioitu odotus noin 15 min / Beräknad väntetid cirka 15 min",
                "Odota vuoroasi – Vänta på din tur. Aula 2, huone 3 / Rum 3",
                issuedAt,
                MOBILE_URL,
                "A123-20261123",
                "Kiitos käynnistä! Tack för besöket! Palaute / Respons: vuoro.example/p",
                Locale.of("fi"),
                width,
                null);
    }
}
