package fi.vuoro.server.queue;

import static fi.vuoro.server.queue.QueueTestSupport.START;
import static fi.vuoro.server.queue.QueueTestSupport.walkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.MutableClock;
import fi.vuoro.server.system.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Engine behaviour on a real database; subclasses choose H2 or PostgreSQL. */
abstract class QueueEngineContract {

    @Autowired
    QueueCommands queue;

    @Autowired
    QueueReader reader;

    @Autowired
    SiteDirectory directory;

    @Autowired
    MutableClock clock;

    @Autowired
    QueueTestSupport.EventRecorder recorder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    fi.vuoro.server.queue.internal.QueueHousekeeping housekeeping;

    String site;

    @BeforeEach
    void freshSite() {
        clock.set(START);
        site = QueueTestSupport.newSite(directory);
    }

    private String c(String counter) {
        return site + "-" + counter;
    }

    @Test
    void fullLifecycleIsRecordedWithActorsAndPublishesGapFreeSequence() {
        TicketView issued = queue.issue(walkIn(site, "gp"));
        assertThat(issued.number()).isEqualTo("A001");
        assertThat(issued.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(issued.position()).isEqualTo(1);
        assertThat(issued.estimatedWaitSeconds()).isNotNull();

        clock.advance(Duration.ofMinutes(2));
        TicketView called = queue.callNext(c("c1"), "nurse").orElseThrow();
        assertThat(called.id()).isEqualTo(issued.id());
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.counterId()).isEqualTo(c("c1"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(queue.start(issued.id(), "nurse").status()).isEqualTo(TicketStatus.SERVING);
        clock.advance(Duration.ofMinutes(8));
        TicketView done = queue.complete(issued.id(), "treated", "nurse");
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);

        VisitRecord visit = queue.visitOf(issued.id());
        assertThat(visit.history())
                .extracting(VisitRecord.HistoryEntry::action)
                .containsExactly("ISSUED", "CALLED", "STARTED", "COMPLETED");
        assertThat(visit.history().get(1).actor()).isEqualTo("nurse");
        assertThat(visit.history().get(3).at()).isEqualTo(START.plus(Duration.ofMinutes(11)));

        List<QueueEvent> events = recorder.of(site);
        assertThat(events)
                .map(e -> e.getClass().getSimpleName())
                .containsExactly("TicketIssued", "TicketCalled", "ServiceStarted", "TicketCompleted");
        assertThat(events).map(QueueEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(reader.snapshot(site).sequence()).isEqualTo(4L);
    }

    @Test
    void invalidTransitionsAndUnknownIdsAreRefusedWithoutChangingAnything() {
        TicketView t = queue.issue(walkIn(site, "gp"));
        assertThatThrownBy(() -> queue.start(t.id(), "x"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("it is WAITING");
        assertThatThrownBy(() -> queue.returnToQueue(t.id(), "x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> queue.complete(t.id(), " ", "x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> queue.start("no-such-ticket", "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queue.callNext("no-such-counter", "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queue.issue(walkIn(site, "nope"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        queue.issue(new IssueRequest(site, site + "-gp", "de", null, null, null, null, null, "k")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("de");
        assertThatThrownBy(() -> queue.issue(
                        new IssueRequest(site, site + "-gp", "fi", PriorityClass.URGENT, null, null, null, null, "k")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("priorityReason");
        queue.cancel(t.id(), "x");
        assertThatThrownBy(() -> queue.cancel(t.id(), "x")).isInstanceOf(ConflictException.class);
        assertThat(reader.find(t.id()).orElseThrow().status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(reader.snapshot(site).sequence()).isEqualTo(2L);
    }

    @Test
    void callNextReturnsEmptyWhenNobodyTheCounterServesWaits() {
        queue.issue(walkIn(site, "lab"));
        assertThat(queue.callNext(c("c1"), "x")).isEmpty();
        assertThat(queue.callNext(c("c3"), "x")).isPresent();
    }

    @Test
    void transferKeepsNumberVisitPlaceHistoryAndNotes() {
        TicketView first = queue.issue(walkIn(site, "gp"));
        clock.advance(Duration.ofMinutes(1));
        TicketView laterLab = queue.issue(walkIn(site, "lab"));
        queue.callNext(c("c1"), "doctor");
        queue.start(first.id(), "doctor");
        queue.addNote(first.id(), "Blood count ordered", "doctor");
        assertThatThrownBy(() -> queue.transfer(first.id(), site + "-lab", null, " ", "doctor"))
                .isInstanceOf(InvalidInputException.class);

        TicketView moved = queue.transfer(first.id(), site + "-lab", null, "Needs CRP, fasting", "doctor");
        assertThat(moved.id()).isNotEqualTo(first.id());
        assertThat(moved.visitId()).isEqualTo(first.visitId());
        assertThat(moved.number()).isEqualTo("A001");
        assertThat(moved.serviceId()).isEqualTo(site + "-lab");
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(reader.find(first.id()).orElseThrow().status()).isEqualTo(TicketStatus.TRANSFERRED);
        // Kept its original place: ahead of the lab ticket issued a minute after it.
        assertThat(moved.position()).isEqualTo(1);
        assertThat(queue.callNext(c("c3"), "lab nurse").orElseThrow().id()).isEqualTo(moved.id());
        assertThat(laterLab.position()).isEqualTo(1);

        VisitRecord visit = queue.visitOf(moved.id());
        assertThat(visit.tickets()).extracting(TicketView::id).containsExactly(first.id(), moved.id());
        assertThat(visit.notes())
                .extracting(VisitRecord.Note::text)
                .containsExactly("Blood count ordered", "Needs CRP, fasting");
        assertThat(visit.history())
                .extracting(VisitRecord.HistoryEntry::action)
                .containsExactly("ISSUED", "CALLED", "STARTED", "TRANSFERRED", "ISSUED", "CALLED");
        QueueEvent.TicketTransferred event = recorder.of(site).stream()
                .filter(QueueEvent.TicketTransferred.class::isInstance)
                .map(QueueEvent.TicketTransferred.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(event.fromTicketId()).isEqualTo(first.id());
        assertThat(event.note()).isEqualTo("Needs CRP, fasting");
    }

    @Test
    void transferToACounterIsCalledOnlyThere() {
        TicketView t = queue.issue(walkIn(site, "gp"));
        queue.callNext(c("c1"), "x");
        TicketView moved = queue.transfer(t.id(), site + "-gp", c("c2"), "Second opinion", "x");
        assertThat(queue.callNext(c("c1"), "x")).isEmpty();
        assertThat(queue.callNext(c("c2"), "x").orElseThrow().id()).isEqualTo(moved.id());
    }

    @Test
    void parkAndReturnKeepsPlaceForTheSameCounter() {
        TicketView a = queue.issue(walkIn(site, "gp"));
        clock.advance(Duration.ofSeconds(30));
        queue.issue(walkIn(site, "gp"));
        queue.callNext(c("c2"), "x");
        assertThat(queue.park(a.id(), "x").status()).isEqualTo(TicketStatus.PARKED);
        TicketView back = queue.returnToQueue(a.id(), "x");
        assertThat(back.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(back.position()).isEqualTo(1);
        // Returned to the counter that parked it: c1 gets the other ticket, c2 gets it back.
        assertThat(queue.callNext(c("c1"), "x").orElseThrow().id()).isNotEqualTo(a.id());
        assertThat(queue.callNext(c("c2"), "x").orElseThrow().id()).isEqualTo(a.id());
    }

    @Test
    void recallsAreCountedAndPastTheLimitTheTicketIsANoShow() {
        TicketView t = queue.issue(walkIn(site, "gp"));
        queue.callNext(c("c1"), "x");
        assertThat(queue.recall(t.id(), "x").recallCount()).isEqualTo(1);
        assertThat(queue.recall(t.id(), "x").recallCount()).isEqualTo(2);
        assertThat(queue.recall(t.id(), "x").recallCount()).isEqualTo(3);
        assertThat(queue.recall(t.id(), "x").status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void calledTicketBecomesNoShowAfterTheGracePeriod() {
        TicketView t = queue.issue(walkIn(site, "gp"));
        queue.callNext(c("c1"), "x");
        clock.advance(Duration.ofMinutes(9));
        housekeeping.runOnce();
        assertThat(reader.find(t.id()).orElseThrow().status()).isEqualTo(TicketStatus.CALLED);
        clock.advance(Duration.ofMinutes(2));
        housekeeping.runOnce();
        assertThat(reader.find(t.id()).orElseThrow().status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void raisedPriorityIsCalledFirstAndCannotBeLowered() {
        queue.issue(walkIn(site, "gp"));
        clock.advance(Duration.ofMinutes(1));
        TicketView later = queue.issue(walkIn(site, "gp"));
        assertThat(later.position()).isEqualTo(2);
        TicketView raised =
                queue.raisePriority(later.id(), PriorityClass.URGENT, PriorityReason.URGENT_MEDICAL, "reception");
        assertThat(raised.position()).isEqualTo(1);
        assertThatThrownBy(() -> queue.raisePriority(later.id(), PriorityClass.PRIORITY, PriorityReason.ELDERLY, "r"))
                .isInstanceOf(ConflictException.class);
        assertThat(queue.callNext(c("c1"), "x").orElseThrow().id()).isEqualTo(later.id());
    }

    @Test
    void sameIdempotencyKeyReturnsTheSameTicketEvenUnderConcurrentRetries() throws Exception {
        IssueRequest req = new IssueRequest(site, site + "-gp", "en", null, null, null, null, "kiosk-1:42", "kiosk-1");
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<TicketView>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return queue.issue(req);
                }));
            }
            go.countDown();
            for (Future<TicketView> f : results) {
                assertThat(f.get().id()).isEqualTo(results.getFirst().get().id());
            }
        }
        assertThat(queue.issue(req).number()).isEqualTo("A001");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE site_id = ?")
                        .param(site)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(queue.issue(walkIn(site, "gp")).number()).isEqualTo("A002");
    }

    @Test
    void parallelCallNextNeverGivesOneTicketToTwoCounters() throws Exception {
        int tickets = 60;
        for (int i = 0; i < tickets; i++) {
            queue.issue(walkIn(site, i % 3 == 0 ? "lab" : "gp"));
        }
        ConcurrentLinkedQueue<String> calledIds = new ConcurrentLinkedQueue<>();
        List<String> counters = List.of(c("c1"), c("c2"), c("c3"), c("c1"), c("c2"), c("c3"));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(counters.size())) {
            for (String counter : counters) {
                Callable<Integer> worker = () -> {
                    go.await();
                    int n = 0;
                    for (Optional<TicketView> t; (t = queue.callNext(counter, counter)).isPresent(); n++) {
                        calledIds.add(t.get().id());
                    }
                    return n;
                };
                workers.add(pool.submit(worker));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> w : workers) {
                total += w.get();
            }
            assertThat(total).isEqualTo(tickets);
        }
        assertThat(calledIds).hasSize(tickets).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE site_id = ? AND status = 'CALLED'")
                        .param(site)
                        .query(Integer.class)
                        .single())
                .isEqualTo(tickets);
        assertThat(recorder.of(site))
                .map(QueueEvent::sequence)
                .doesNotHaveDuplicates()
                .hasSize(2 * tickets);
    }

    @Test
    void concurrentIssuesShareCommitsYetGetUniqueNumbersAndOrderedGapFreeEvents() throws Exception {
        int threads = 32;
        int each = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<TicketView>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    List<TicketView> mine = new ArrayList<>();
                    for (int n = 0; n < each; n++) {
                        mine.add(queue.issue(walkIn(site, "gp")));
                    }
                    return mine;
                }));
            }
            go.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<List<TicketView>> f : results) {
                f.get().forEach(t -> numbers.add(t.number()));
            }
            assertThat(numbers).hasSize(threads * each).doesNotHaveDuplicates();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE site_id = ?")
                        .param(site)
                        .query(Integer.class)
                        .single())
                .isEqualTo(threads * each);
        // Published in commit order: strictly increasing, no gaps, so no live client has to resync.
        List<Long> sequences =
                recorder.of(site).stream().map(QueueEvent::sequence).toList();
        assertThat(sequences).hasSize(threads * each);
        for (int i = 1; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(sequences.get(i - 1) + 1);
        }
        assertThat(reader.snapshot(site).tickets())
                .extracting(TicketView::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, threads * each)
                        .boxed()
                        .toList());
    }

    @Test
    void aFailingCommandInABusyMomentFailsAloneAndChangesNothing() throws Exception {
        TicketView target = queue.issue(walkIn(site, "gp"));
        int threads = 24;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                boolean cancel = i % 2 == 0;
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        return cancel
                                ? queue.cancel(target.id(), "r").status().name()
                                : queue.issue(walkIn(site, "lab")).number();
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn("CANCELLED"::equals).hasSize(1);
            assertThat(outcomes).filteredOn("conflict"::equals).hasSize(threads / 2 - 1);
            assertThat(outcomes).filteredOn(o -> o.startsWith("L")).hasSize(threads / 2);
        }
        assertThat(recorder.of(site))
                .filteredOn(QueueEvent.TicketCancelled.class::isInstance)
                .hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit_history WHERE ticket_id = ? AND action = 'CANCELLED'")
                        .param(target.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        List<Long> sequences =
                recorder.of(site).stream().map(QueueEvent::sequence).toList();
        for (int i = 1; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(sequences.get(i - 1) + 1);
        }
    }

    @Test
    void openingAndClosingACounterIsAQueueChange() {
        queue.issue(walkIn(site, "gp"));
        long before = reader.snapshot(site).sequence();

        queue.setCounterOpen(c("c1"), false, "admin");
        assertThatThrownBy(() -> queue.callNext(c("c1"), "x")).isInstanceOf(ConflictException.class);
        queue.setCounterOpen(c("c1"), false, "admin"); // already closed: no change, no event
        queue.setCounterOpen(c("c1"), true, "admin");

        // Events leave after commit, from the site's writer thread: wait (bounded) for the two to arrive.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (recorder.of(site).stream()
                                .filter(QueueEvent.CounterStatusChanged.class::isInstance)
                                .count()
                        < 2
                && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        assertThat(recorder.of(site))
                .filteredOn(QueueEvent.CounterStatusChanged.class::isInstance)
                .map(e -> (QueueEvent.CounterStatusChanged) e)
                .extracting(QueueEvent.CounterStatusChanged::counterId, QueueEvent.CounterStatusChanged::open)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(c("c1"), false),
                        org.assertj.core.groups.Tuple.tuple(c("c1"), true));
        assertThat(reader.snapshot(site).sequence()).isEqualTo(before + 2);
        assertThatThrownBy(() -> queue.setCounterOpen(c("nope"), true, "admin")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void ticketsIssuedAtTheSameInstantAreCalledInIssueOrder() {
        // The clock stands still: every ticket has the same line time.
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            issued.add(queue.issue(walkIn(site, "gp")).number());
        }
        assertThat(reader.snapshot(site).tickets())
                .extracting(TicketView::number)
                .containsExactlyElementsOf(issued);
        List<String> called = new ArrayList<>();
        for (Optional<TicketView> t; (t = queue.callNext(c("c1"), "x")).isPresent(); ) {
            called.add(t.get().number());
        }
        assertThat(called).containsExactlyElementsOf(issued);
    }

    @Test
    void dayRolloverClosesYesterdaysOpenTicketsAndRestartsNumbering() {
        // 23:50 in Helsinki.
        clock.set(Instant.parse("2026-11-23T21:50:00Z"));
        TicketView waiting = queue.issue(walkIn(site, "gp"));
        TicketView serving = queue.issue(walkIn(site, "gp"));
        queue.call(c("c1"), serving.id(), "x");
        queue.start(serving.id(), "x");
        housekeeping.runOnce();
        assertThat(reader.find(waiting.id()).orElseThrow().status()).isEqualTo(TicketStatus.WAITING);

        clock.set(Instant.parse("2026-11-23T22:05:00Z")); // 00:05 next day in Helsinki
        housekeeping.runOnce();
        assertThat(reader.find(waiting.id()).orElseThrow().status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(reader.find(serving.id()).orElseThrow().status()).isEqualTo(TicketStatus.DONE);
        assertThat(queue.visitOf(waiting.id()).history())
                .extracting(VisitRecord.HistoryEntry::action)
                .contains("DAY_ENDED");
        assertThat(reader.snapshot(site).tickets()).isEmpty();
        assertThat(queue.issue(walkIn(site, "gp")).number()).isEqualTo("A001");
    }

    @Test
    void snapshotListsWaitingInPolicyOrderWithServiceSummaries() {
        TicketView normal = queue.issue(walkIn(site, "gp"));
        clock.advance(Duration.ofMinutes(1));
        TicketView urgent = queue.issue(new IssueRequest(
                site, site + "-gp", "fi", PriorityClass.URGENT, PriorityReason.URGENT_MEDICAL, null, null, null, "r"));
        clock.advance(Duration.ofMinutes(1));
        queue.issue(walkIn(site, "lab"));
        QueueSnapshot snapshot = reader.snapshot(site);
        assertThat(snapshot.tickets()).extracting(TicketView::id).startsWith(urgent.id(), normal.id());
        QueueSnapshot.ServiceSummary gp = snapshot.services().stream()
                .filter(s -> s.serviceId().equals(site + "-gp"))
                .findFirst()
                .orElseThrow();
        assertThat(gp.waiting()).isEqualTo(2);
        assertThat(gp.open()).isTrue();
        // Two gp tickets ahead, two counters serve gp (10 min typical): a new ticket waits about one service time.
        assertThat(gp.estimatedWaitSeconds()).isBetween(300L, 900L);
    }
}
