package fi.vuoro.kiosk.override;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.override.OverrideState.Mode;
import fi.vuoro.kiosk.server.DeviceCommand;
import org.junit.jupiter.api.Test;

class OverrideStateTest {

    private final OverrideState state = new OverrideState();

    @Test
    void lockWinsOverStaffedAndUnlockReturnsToStaffed() {
        assertThat(state.apply(new DeviceCommand.Staffed(true))).isTrue();
        assertThat(state.mode()).isEqualTo(Mode.STAFFED);
        state.apply(new DeviceCommand.Lock("paper jam"));
        assertThat(state.mode()).isEqualTo(Mode.LOCKED);
        assertThat(state.lockReason()).isEqualTo("paper jam");
        state.apply(new DeviceCommand.Unlock());
        assertThat(state.mode()).isEqualTo(Mode.STAFFED);
        state.apply(new DeviceCommand.Staffed(false));
        assertThat(state.mode()).isEqualTo(Mode.NORMAL);
    }

    @Test
    void aBlankMessageClearsItAndRepeatsAreNotChanges() {
        assertThat(state.apply(new DeviceCommand.Message("Lab opens at 12"))).isTrue();
        assertThat(state.apply(new DeviceCommand.Message("Lab opens at 12"))).isFalse();
        assertThat(state.message()).isEqualTo("Lab opens at 12");
        state.apply(new DeviceCommand.Message("  "));
        assertThat(state.message()).isNull();
        assertThat(state.apply(new DeviceCommand.HelpAnswered("Mari"))).isFalse();
    }
}
