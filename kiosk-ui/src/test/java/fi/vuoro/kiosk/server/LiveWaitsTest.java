package fi.vuoro.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.server.LiveWaits.Delta;
import fi.vuoro.kiosk.server.LiveWaits.Outcome;
import fi.vuoro.kiosk.server.LiveWaits.Summary;
import fi.vuoro.kiosk.server.LiveWaits.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveWaitsTest {

    private final LiveWaits waits = new LiveWaits();

    @Test
    void snapshotSetsTheFiguresAndDeltasKeepTheCountTrue() {
        waits.applySnapshot(
                10, List.of(new Summary("lab", 1, 300, true)), List.of(new Ticket("t1", "lab", "WAITING", 300L)));
        assertThat(waits.summaries().get("lab").waiting()).isEqualTo(1);

        assertThat(waits.applyDelta(new Delta(11, new Ticket("t2", "lab", "WAITING", 600L))))
                .isEqualTo(Outcome.APPLIED);
        assertThat(waits.summaries().get("lab")).isEqualTo(new Summary("lab", 2, 600, true));

        assertThat(waits.applyDelta(new Delta(12, new Ticket("t1", "lab", "CALLED", null))))
                .isEqualTo(Outcome.APPLIED);
        assertThat(waits.summaries().get("lab")).isEqualTo(new Summary("lab", 1, 600, true));

        waits.applyDelta(new Delta(13, new Ticket("t2", "lab", "CALLED", null)));
        assertThat(waits.summaries().get("lab")).isEqualTo(new Summary("lab", 0, 0, true));
    }

    @Test
    void aMissingSequenceNumberIsAGapAndNeedsASnapshot() {
        waits.applySnapshot(10, List.of(), List.of());
        assertThat(waits.applyDelta(new Delta(12, new Ticket("t2", "lab", "WAITING", 60L))))
                .isEqualTo(Outcome.GAP);
        assertThat(waits.synced()).isFalse();
        // Later deltas are held until the resync, not applied on top of a wrong state.
        assertThat(waits.applyDelta(new Delta(13, new Ticket("t3", "lab", "WAITING", 90L))))
                .isEqualTo(Outcome.HELD_FOR_SNAPSHOT);

        var outcome = waits.applySnapshot(
                12, List.of(new Summary("lab", 1, 60, true)), List.of(new Ticket("t2", "lab", "WAITING", 60L)));
        assertThat(outcome).isEqualTo(Outcome.APPLIED);
        assertThat(waits.sequence()).isEqualTo(13);
        assertThat(waits.summaries().get("lab").waiting()).isEqualTo(2);
    }

    @Test
    void duplicatesAndOldDeltasAreIgnored() {
        waits.applySnapshot(10, List.of(new Summary("lab", 0, 0, true)), List.of());
        waits.applyDelta(new Delta(11, new Ticket("t1", "lab", "WAITING", 60L)));
        assertThat(waits.applyDelta(new Delta(11, new Ticket("t1", "lab", "WAITING", 60L))))
                .isEqualTo(Outcome.STALE_IGNORED);
        assertThat(waits.applyDelta(new Delta(5, new Ticket("t0", "lab", "WAITING", 60L))))
                .isEqualTo(Outcome.STALE_IGNORED);
        assertThat(waits.summaries().get("lab").waiting()).isEqualTo(1);
    }

    @Test
    void deltasBeforeTheFirstSnapshotAreReplayedAfterIt() {
        assertThat(waits.applyDelta(new Delta(11, new Ticket("t9", "xray", "WAITING", 120L))))
                .isEqualTo(Outcome.HELD_FOR_SNAPSHOT);
        assertThat(waits.applyDelta(new Delta(9, new Ticket("t8", "xray", "WAITING", 60L))))
                .isEqualTo(Outcome.HELD_FOR_SNAPSHOT);
        waits.applySnapshot(
                10, List.of(new Summary("xray", 1, 60, false)), List.of(new Ticket("t8", "xray", "WAITING", 60L)));
        assertThat(waits.summaries().get("xray")).isEqualTo(new Summary("xray", 2, 120, false));
    }

    @Test
    void aTransferMovesTheVisitorFromOneServiceToAnother() {
        waits.applySnapshot(1, List.of(), List.of(new Ticket("t1", "lab", "WAITING", 60L)));
        waits.applyDelta(new Delta(2, new Ticket("t2", "xray", "WAITING", 120L), "t1"));
        assertThat(waits.summaries().get("lab").waiting()).isZero();
        assertThat(waits.summaries().get("xray").waiting()).isEqualTo(1);
    }

    @Test
    void aGapAmongHeldDeltasIsReported() {
        waits.applyDelta(new Delta(13, new Ticket("t9", "lab", "WAITING", 120L)));
        assertThat(waits.applySnapshot(10, List.of(), List.of())).isEqualTo(Outcome.GAP);
        assertThat(waits.synced()).isFalse();
    }
}
