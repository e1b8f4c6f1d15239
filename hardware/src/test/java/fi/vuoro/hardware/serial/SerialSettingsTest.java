package fi.vuoro.hardware.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SerialSettingsTest {

    @Test
    void ofMeans8N1WithoutFlowControlAndDefaultBackoff() {
        var settings = SerialSettings.of("/dev/ttyUSB0", 9600);

        assertThat(settings.dataBits()).isEqualTo(8);
        assertThat(settings.parity()).isEqualTo(Parity.NONE);
        assertThat(settings.stopBits()).isEqualTo(StopBits.ONE);
        assertThat(settings.flowControl()).isEqualTo(FlowControl.NONE);
        assertThat(settings.initialBackoff()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.maxBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.describe()).isEqualTo("/dev/ttyUSB0 9600 8N1");
    }

    @Test
    void withersKeepTheOtherFields() {
        var settings = SerialSettings.of("/dev/ttyS0", 19200)
                .withFraming(7, Parity.EVEN, StopBits.TWO)
                .withFlowControl(FlowControl.RTS_CTS);

        assertThat(settings.describe()).isEqualTo("/dev/ttyS0 19200 7E2 RTS_CTS");
    }

    @Test
    void rejectsNonsenseWithClearMessages() {
        assertThatThrownBy(() -> SerialSettings.of("/dev/ttyS0", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baud rate must be positive");
        assertThatThrownBy(() -> SerialSettings.of(" ", 9600)).hasMessageContaining("path must not be blank");
        assertThatThrownBy(() -> SerialSettings.of("/dev/ttyS0", 9600).withFraming(9, Parity.NONE, StopBits.ONE))
                .hasMessageContaining("data bits must be 5 to 8");
        assertThatThrownBy(() ->
                        SerialSettings.of("/dev/ttyS0", 9600).withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("must not be shorter than initial back-off");
        assertThatThrownBy(() -> SerialSettings.of("/dev/ttyS0", 9600).withBackoff(Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("initial back-off must be positive");
    }
}
