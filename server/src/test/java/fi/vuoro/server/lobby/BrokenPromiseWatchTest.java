package fi.vuoro.server.lobby;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.queue.EngineContextTest;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueTestSupport;
import fi.vuoro.server.queue.TicketView;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The broken-promise check against the real engine and lobby listeners (sharing the engine tests' context): the wait
 * quoted at check-in is recorded on arrival, nothing is raised up to the moment {@link PromisePolicy} says the
 * promise breaks, then exactly one alert per visit however often the check runs, and none for a visitor already
 * called.
 */
class BrokenPromiseWatchTest extends EngineContextTest {

    @Autowired
    BrokenPromiseWatch watch;

    @Autowired
    ArrivalLog arrivals;

    @Autowired
    Alerts alerts;

    Instant started;

    @BeforeEach
    void rememberClock() {
        started = clock.instant();
    }

    @AfterEach
    void restoreClock() {
        clock.set(started);
    }

    @Test
    void aWaitWellPastItsQuoteRaisesOneAlertPerVisitAndACalledVisitorNone() throws Exception {
        String site = QueueTestSupport.newSite(directory);
        TicketView waiting = issue(site, "gp", "promise-1");
        TicketView called = issue(site, "lab", "promise-2");
        assertThat(commands.callNext(site + "-c3", "counter"))
                .map(TicketView::id)
                .contains(called.id());

        ArrivalLog.Arrival arrival = awaitArrival(waiting.id());
        assertThat(arrival.quotedWaitSeconds()).isNotNull();
        Instant breaks = PromisePolicy.breaksAt(arrival.issuedAt(), Duration.ofSeconds(arrival.quotedWaitSeconds()));
        awaitArrival(called.id());

        clock.set(breaks.minusSeconds(1));
        watch.checkNow();
        assertThat(alerts.about(AlertKind.BROKEN_PROMISE, Alerts.visitSubject(waiting.visitId())))
                .isEmpty();

        clock.set(breaks.plusSeconds(1));
        watch.checkNow();
        watch.checkNow();
        var raised = alerts.about(AlertKind.BROKEN_PROMISE, Alerts.visitSubject(waiting.visitId()));
        assertThat(raised).hasSize(1);
        assertThat(raised.getFirst().ticketId()).isEqualTo(waiting.id());
        assertThat(raised.getFirst().siteId()).isEqualTo(site);
        assertThat(alerts.about(AlertKind.BROKEN_PROMISE, Alerts.visitSubject(called.visitId())))
                .isEmpty();
    }

    private TicketView issue(String site, String service, String key) {
        return commands.issue(
                new IssueRequest(site, site + "-" + service, "fi", null, null, null, null, key, "kiosk-test"));
    }

    /** Arrivals are recorded by the lobby's listener after the issue's commit, on its own thread. */
    private ArrivalLog.Arrival awaitArrival(String ticketId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var found = arrivals.find(ticketId);
            if (found.isPresent()) return found.get();
            Thread.sleep(20);
        }
        throw new AssertionError("no arrival recorded for ticket " + ticketId);
    }
}
