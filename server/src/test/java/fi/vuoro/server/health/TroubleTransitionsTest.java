package fi.vuoro.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TroubleTransitionsTest {

    static StatusReport.Parsed report(String printer, String reader) {
        return new StatusReport(printer, reader, "NONE", null, null).parse();
    }

    @Test
    void paperOutStartsTroubleAndOkClearsIt() {
        var started = TroubleTransitions.between(report("OK", "OK"), report("PAPER_OUT", "OK"));
        assertThat(started)
                .containsExactly(new TroubleTransitions.Transition(DeviceComponent.PRINTER, "PAPER_OUT", true));
        var cleared = TroubleTransitions.between(report("PAPER_OUT", "OK"), report("OK", "OK"));
        assertThat(cleared).containsExactly(new TroubleTransitions.Transition(DeviceComponent.PRINTER, "OK", false));
    }

    @Test
    void paperLowIsNotTroubleAndTroubleToTroubleIsNoTransition() {
        assertThat(TroubleTransitions.between(report("OK", "OK"), report("PAPER_NEAR_END", "OK")))
                .isEmpty();
        assertThat(TroubleTransitions.between(report("PAPER_OUT", "OK"), report("COVER_OPEN", "OK")))
                .isEmpty();
    }

    @Test
    void aDeviceThatStartsInTroubleRaisesIt() {
        assertThat(TroubleTransitions.between(null, report("OK", "DOWN")))
                .containsExactly(new TroubleTransitions.Transition(DeviceComponent.CARD_READER, "DOWN", true));
    }

    @Test
    void unknownStatesAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> report("ON_FIRE", "OK").printer())
                .hasMessageContaining("Unknown device state");
    }
}
