package fi.vuoro.server.lobby;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.queue.EngineContextTest;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.MutableClock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two reasons for the same visit at the same moment (the visitor's arrival rules on the lobby's thread and reception
 * marking the visit from the console) both land in its one to-greet entry: neither insert fails on the other's, no
 * reason is lost. Found by the retention test, whose scripted visit marks a ticket right after issuing it.
 */
class GreetListRaceTest extends EngineContextTest {

    @Autowired
    GreetList greetList;

    @Test
    void reasonsAddedAtOnceAllLandInTheVisitsOneEntry() throws Exception {
        reasonsAddedAtOnceAllLandInTheVisitsOneEntry(commands, directory, clock, greetList);
    }

    /** The scenario, for this class (H2) and {@link GreetListRacePostgresTest}. */
    static void reasonsAddedAtOnceAllLandInTheVisitsOneEntry(
            QueueCommands commands, SiteDirectory directory, MutableClock clock, GreetList greetList) {
        String site = QueueTestSupport.newSite(directory);
        var tickets = new ArrayList<TicketView>();
        for (int i = 0; i < 300; i++) {
            tickets.add(commands.issue(
                    new IssueRequest(site, site + "-gp", "fi", null, null, null, null, "race-" + i, "kiosk-test")));
        }
        var at = clock.instant();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (TicketView ticket : tickets) {
                var barrier = new CyclicBarrier(2);
                List<CompletableFuture<Void>> both = List.of(
                        CompletableFuture.runAsync(
                                () -> {
                                    await(barrier);
                                    greetList.add(ticket, EnumSet.of(GreetReason.ACCESSIBILITY), at);
                                },
                                pool),
                        CompletableFuture.runAsync(
                                () -> {
                                    await(barrier);
                                    greetList.add(ticket, GreetReason.MARKED_BY_STAFF, at);
                                },
                                pool));
                CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).join();
            }
        }

        var entries = greetList.toGreet(site);
        for (TicketView ticket : tickets) {
            assertThat(entries)
                    .filteredOn(e -> e.visitId().equals(ticket.visitId()))
                    .singleElement()
                    .satisfies(e -> assertThat(e.reasons())
                            .as("reasons of %s", ticket.number())
                            .contains(GreetReason.ACCESSIBILITY, GreetReason.MARKED_BY_STAFF));
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
