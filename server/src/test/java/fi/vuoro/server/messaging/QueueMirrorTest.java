package fi.vuoro.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.QueueSnapshot;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QueueMirrorTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private final AtomicInteger snapshotRequests = new AtomicInteger();
    private final List<Long> changes = new ArrayList<>();
    private final QueueMirror mirror =
            new QueueMirror("s1", snapshotRequests::incrementAndGet, m -> changes.add(m.sequence()));

    @Test
    void appliesConsecutiveDeltasAfterTheSnapshot() {
        mirror.applySnapshot(snapshot(5, ticket("a", "A001", TicketStatus.WAITING)));

        mirror.applyDelta(delta(6, "TicketIssued", ticket("b", "A002", TicketStatus.WAITING)));
        mirror.applyDelta(delta(7, "TicketCalled", ticket("a", "A001", TicketStatus.CALLED)));

        assertThat(mirror.sequence()).isEqualTo(7);
        assertThat(mirror.inSync()).isTrue();
        assertThat(mirror.tickets())
                .extracting(TicketView::number, TicketView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A001", TicketStatus.CALLED),
                        org.assertj.core.groups.Tuple.tuple("A002", TicketStatus.WAITING));
        assertThat(snapshotRequests).hasValue(0);
        assertThat(changes).containsExactly(5L, 6L, 7L);
    }

    @Test
    void closedTicketsLeaveAndTransfersReplaceTheEndedTicket() {
        mirror.applySnapshot(
                snapshot(1, ticket("a", "A001", TicketStatus.SERVING), ticket("b", "A002", TicketStatus.WAITING)));

        mirror.applyDelta(delta(2, "TicketCompleted", ticket("b", "A002", TicketStatus.DONE)));
        mirror.applyDelta(
                new QueueDelta("s1", 3, "TicketTransferred", T0, ticket("c", "B001", TicketStatus.WAITING), null, "a"));

        assertThat(mirror.tickets()).extracting(TicketView::id).containsExactly("c");
    }

    @Test
    void holdsDeltasUntilTheFirstSnapshotAndDropsThoseItCovers() {
        mirror.applyDelta(delta(4, "TicketIssued", ticket("x", "A009", TicketStatus.WAITING)));
        mirror.applyDelta(delta(5, "TicketIssued", ticket("y", "A010", TicketStatus.WAITING)));
        assertThat(mirror.inSync()).isFalse();
        assertThat(mirror.tickets()).isEmpty();

        // The snapshot already contains change 4; change 5 came after it.
        mirror.applySnapshot(snapshot(4, ticket("x", "A009", TicketStatus.WAITING)));

        assertThat(mirror.inSync()).isTrue();
        assertThat(mirror.sequence()).isEqualTo(5);
        assertThat(mirror.tickets()).extracting(TicketView::id).containsExactly("x", "y");
        assertThat(snapshotRequests).hasValue(0);
    }

    @Test
    void ignoresDuplicatesAndOldDeltas() {
        mirror.applySnapshot(snapshot(10, ticket("a", "A001", TicketStatus.WAITING)));

        mirror.applyDelta(delta(9, "TicketCancelled", ticket("a", "A001", TicketStatus.CANCELLED)));
        mirror.applyDelta(delta(10, "TicketCancelled", ticket("a", "A001", TicketStatus.CANCELLED)));

        assertThat(mirror.tickets()).extracting(TicketView::id).containsExactly("a");
        assertThat(mirror.sequence()).isEqualTo(10);
        assertThat(snapshotRequests).hasValue(0);
    }

    @Test
    void gapRequestsOneSnapshotAndResynchronisesToIt() {
        mirror.applySnapshot(snapshot(1, ticket("a", "A001", TicketStatus.WAITING)));

        // 2 is lost; 3 and 4 arrive.
        mirror.applyDelta(delta(3, "TicketIssued", ticket("c", "A003", TicketStatus.WAITING)));
        mirror.applyDelta(delta(4, "TicketCalled", ticket("a", "A001", TicketStatus.CALLED)));

        assertThat(mirror.inSync()).isFalse();
        assertThat(snapshotRequests).as("one request per gap, not per delta").hasValue(1);
        assertThat(mirror.resyncs()).isEqualTo(1);
        assertThat(mirror.sequence()).isEqualTo(1);

        // The server's true state at 3: change 2 issued b.
        mirror.applySnapshot(snapshot(
                3,
                ticket("a", "A001", TicketStatus.WAITING),
                ticket("b", "A002", TicketStatus.WAITING),
                ticket("c", "A003", TicketStatus.WAITING)));

        assertThat(mirror.inSync()).isTrue();
        assertThat(mirror.sequence()).isEqualTo(4);
        assertThat(mirror.tickets())
                .extracting(TicketView::id, TicketView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", TicketStatus.CALLED),
                        org.assertj.core.groups.Tuple.tuple("b", TicketStatus.WAITING),
                        org.assertj.core.groups.Tuple.tuple("c", TicketStatus.WAITING));
    }

    @Test
    void staleMirrorAsksForASnapshotAndIgnoresOlderOnes() {
        mirror.applySnapshot(snapshot(7));
        mirror.markStale();

        assertThat(mirror.inSync()).isFalse();
        assertThat(snapshotRequests).hasValue(1);

        mirror.applySnapshot(snapshot(9, ticket("n", "A100", TicketStatus.WAITING)));
        mirror.applySnapshot(snapshot(8)); // a late answer to an earlier request

        assertThat(mirror.sequence()).isEqualTo(9);
        assertThat(mirror.tickets()).extracting(TicketView::id).containsExactly("n");
    }

    @Test
    void ignoresOtherSites() {
        mirror.applySnapshot(snapshot(1));

        mirror.applyDelta(
                new QueueDelta("s2", 2, "TicketIssued", T0, ticket("z", "Z001", TicketStatus.WAITING), null, null));

        assertThat(mirror.tickets()).isEmpty();
        assertThat(mirror.sequence()).isEqualTo(1);
    }

    static QueueSnapshot snapshot(long sequence, TicketView... tickets) {
        return new QueueSnapshot("s1", sequence, T0, List.of(tickets), List.of());
    }

    static QueueDelta delta(long sequence, String type, TicketView ticket) {
        return new QueueDelta("s1", sequence, type, T0, ticket, null, null);
    }

    static TicketView ticket(String id, String number, TicketStatus status) {
        return new TicketView(
                id,
                "v-" + id,
                "s1",
                number,
                "svc",
                status,
                PriorityClass.NORMAL,
                PriorityReason.NONE,
                "fi",
                null,
                null,
                T0,
                null,
                null,
                0,
                null);
    }
}
