package fi.vuoro.server.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.queue.VisitRecord;
import fi.vuoro.server.ui.StaffTranslations;
import fi.vuoro.server.ui.Texts;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The visit history in words for the clerk, from the engine's action codes and details, with the real bundles. */
class HistoryTextTest {

    static final StaffTranslations BUNDLES = new StaffTranslations();
    static final Texts EN = Texts.of(BUNDLES, StaffTranslations.EN);
    static final Texts FI = Texts.of(BUNDLES, StaffTranslations.FI);
    static final Texts SV = Texts.of(BUNDLES, StaffTranslations.SV);
    static final Function<String, String> COUNTERS =
            id -> Map.of("room-1", "Room 1").getOrDefault(id, id);
    static final Function<String, String> SERVICES =
            id -> Map.of("lab", "Laboratory").getOrDefault(id, id);

    static String line(String action, String actor, String detail, Texts t) {
        return HistoryText.line(entry(action, actor, detail), COUNTERS, SERVICES, t);
    }

    @Test
    void actionsAndTheirDetailsInWords() {
        assertThat(line("CALLED", "anna", "room-1", EN)).isEqualTo("Called · anna · Room 1");
        assertThat(line("CALLED", "anna", "room-1", FI)).isEqualTo("Kutsuttu · anna · Room 1");
        assertThat(line("ISSUED", "demo-kiosk-1", "A002 for gp", SV)).isEqualTo("Kölapp utfärdad · demo-kiosk-1");
        assertThat(line("PRIORITY_RAISED", "reception", "URGENT (URGENT_MEDICAL)", EN))
                .isEqualTo("Priority raised · reception · Urgent medical need");
        assertThat(line("TRANSFERRED", "anna", "to lab at room-1", EN))
                .isEqualTo("Transferred · anna · To Laboratory, counter Room 1");
        assertThat(line("COMPLETED", "anna", "follow-up", FI)).startsWith("Valmis · anna · ");
        assertThat(line("NO_SHOW", "system", "grace 5 min expired", EN))
                .isEqualTo("Did not come · system · grace 5 min expired");
        assertThat(line("SOMETHING_NEW", "system", null, EN)).isEqualTo("SOMETHING_NEW · system");
    }

    static VisitRecord.HistoryEntry entry(String action, String actor, String detail) {
        return new VisitRecord.HistoryEntry("t1", action, actor, Instant.EPOCH, detail);
    }
}
