package fi.vuoro.server.appointment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo appointments (profile {@code demo}), re-timed on every start so they are always "coming up": APT-1001 Anna
 * at the laboratory (also reachable by tapping demo card {@value #DEMO_CARD}), APT-1002 Bertil at the GP on his first
 * visit, APT-1003 Chen (VIP) for a vaccination with a wheelchair: the last two land on reception's to-greet list.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the demo site, which the rows refer to
class AppointmentDemoData implements ApplicationRunner {

    /** The demo card number (EM4100 tag as printed on it); the card-reader emulator taps it. */
    static final String DEMO_CARD = "0008844356";

    /**
     * The well-known demo card key (base64 of "vuoro-demo-card-key-not-a-secret"), the kiosk's default
     * {@code vuoro.kiosk.devices.card-key}. Demo only: a real deployment sets its own random key on its kiosks.
     */
    static final String DEMO_CARD_KEY = "dnVvcm8tZGVtby1jYXJkLWtleS1ub3QtYS1zZWNyZXQ=";

    private static final Logger log = LoggerFactory.getLogger(AppointmentDemoData.class);

    private final AppointmentBook book;
    private final Clock clock;

    AppointmentDemoData(AppointmentBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var soon = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        soon = soon.plus(
                Duration.ofMinutes(5 - soon.atZone(java.time.ZoneOffset.UTC).getMinute() % 5));
        book.save(
                appointment("APT-1001", "lab", "Anna", soon.plus(Duration.ofMinutes(20)), false, null, false),
                cardHash(DEMO_CARD));
        book.save(appointment("APT-1002", "gp", "Bertil", soon.plus(Duration.ofMinutes(40)), false, null, true), null);
        book.save(
                appointment("APT-1003", "vacc", "Chen", soon.plus(Duration.ofMinutes(30)), true, "wheelchair", null),
                null);
        log.info("Demo appointments APT-1001 (Anna, lab, card {}), APT-1002, APT-1003", DEMO_CARD);
    }

    private static Appointment appointment(
            String reference, String service, String name, Instant at, boolean vip, String need, Boolean first) {
        return new Appointment(reference, "demo", service, name, at, vip, need, first);
    }

    /** HMAC-SHA256 of the card number under the demo key, as the kiosk's CardNumberHasher computes it. */
    static String cardHash(String cardNumber) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(DEMO_CARD_KEY), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(cardNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
