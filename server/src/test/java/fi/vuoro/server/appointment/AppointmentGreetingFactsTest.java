package fi.vuoro.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.lobby.GreetEntry;
import fi.vuoro.server.lobby.GreetList;
import fi.vuoro.server.lobby.GreetReason;
import fi.vuoro.server.queue.EngineContextTest;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.queue.TicketView;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A checked-in appointment's flags reach reception's to-greet list through the real engine and lobby listeners
 * (sharing the engine tests' context): VIP, accessibility need and first visit each become a reason; an ordinary
 * appointment puts nobody on the list.
 */
class AppointmentGreetingFactsTest extends EngineContextTest {

    @Autowired
    AppointmentBook book;

    @Autowired
    GreetList greetList;

    @Test
    void vipAccessibilityAndFirstVisitComeFromTheAppointment() throws Exception {
        String site = QueueTestSupport.newSite(directory);
        Instant at = clock.instant().plus(Duration.ofMinutes(10));
        book.save(new Appointment("VIP-1", site, site + "-gp", "Veikko", at, true, "hearing loop", true), null);
        book.save(new Appointment("PLAIN-1", site, site + "-gp", "Pia", at, false, null, false), null);

        TicketView plain = checkIn(site, "PLAIN-1", at);
        TicketView vip = checkIn(site, "VIP-1", at);

        GreetEntry entry = awaitEntry(site, vip.visitId());
        assertThat(entry.reasons())
                .isEqualTo(Set.of(GreetReason.VIP, GreetReason.ACCESSIBILITY, GreetReason.FIRST_VISIT));
        // The plain appointment's arrival was handled before the VIP's (one listener thread, in order).
        assertThat(greetList.toGreet(site)).extracting(GreetEntry::visitId).doesNotContain(plain.visitId());
    }

    private TicketView checkIn(String site, String reference, Instant at) {
        return commands.issue(new IssueRequest(
                site, site + "-gp", "fi", null, null, reference, at, "greet-" + reference, "kiosk-test"));
    }

    private GreetEntry awaitEntry(String site, String visitId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<GreetEntry> found = greetList.toGreet(site).stream()
                    .filter(e -> e.visitId().equals(visitId))
                    .findFirst();
            if (found.isPresent()) return found.get();
            Thread.sleep(20);
        }
        throw new AssertionError("visit " + visitId + " never reached the to-greet list");
    }
}
