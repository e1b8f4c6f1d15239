package fi.vuoro.server.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Pairing codes, the per-address throttle and the device configuration rules, without a server. */
class PairingUnitsTest {

    @Test
    void codesUseOnlyTheUnambiguousAlphabetAndNormaliseWhatPeopleType() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 2000; i++) {
            String code = PairingCodes.newCode();
            assertThat(code).hasSize(6).matches("[" + PairingCodes.ALPHABET + "]{6}");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(1990); // random, not a sequence
        assertThat(PairingCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L", "5", "S", "8", "B", "2", "Z");
        assertThat(PairingCodes.display("K7P3XY")).isEqualTo("K7P-3XY");
        assertThat(PairingCodes.normalise(" k7p-3xy ")).isEqualTo("K7P3XY");
        assertThat(PairingCodes.normalise("K7P 3XY")).isEqualTo("K7P3XY");
        assertThat(PairingCodes.normalise("K7P-3X")).isNull();
        assertThat(PairingCodes.normalise("K0P-3XY")).isNull(); // 0 is never issued
        assertThat(PairingCodes.normalise(null)).isNull();
        assertThat(PairingCodes.newPairingId()).hasSize(22).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void throttleAllowsALimitPerAddressPerWindowThenAgainAfterTheWindow() {
        var clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        var throttle = new PairingThrottle(3, Duration.ofMinutes(10), clock);

        for (int i = 0; i < 3; i++) {
            assertThat(throttle.acquire("10.0.0.1")).isEmpty();
            clock.advance(Duration.ofMinutes(1));
        }
        var wait = throttle.acquire("10.0.0.1");
        assertThat(wait).isPresent();
        // the first request (08:00) leaves the window at 08:10; it is 08:03 now
        assertThat(wait.get()).isEqualTo(Duration.ofMinutes(7));
        assertThat(throttle.acquire("10.0.0.2")).as("another address").isEmpty();

        clock.advance(Duration.ofMinutes(7).plusSeconds(1));
        assertThat(throttle.acquire("10.0.0.1"))
                .as("the oldest request left the window")
                .isEmpty();
        assertThat(throttle.acquire("10.0.0.1"))
                .as("but the window is full again")
                .isPresent();
    }

    @Test
    void deviceConfigValidation() {
        var good = new DeviceConfig(
                new DeviceConfig.Printer("/dev/ttyUSB0", 115200, 80, "PC858"),
                new DeviceConfig.Reader("RDM6300", "/dev/serial/by-id/usb-rfid-if00", 9600),
                new DeviceConfig.Reader("SCANNER", "COM3", 9600));
        assertThat(good.violations()).isEmpty();
        assertThat(DeviceConfig.NONE.violations()).isEmpty();

        var bad = new DeviceConfig(
                new DeviceConfig.Printer("/dev/../etc/passwd", 1234, 72, "UTF-8"),
                new DeviceConfig.Reader("NFC", "ttyUSB1", null),
                new DeviceConfig.Reader("RDM6300", "/dev/ttyACM0", 9600));
        assertThat(bad.violations())
                .extracting(DeviceConfig.Violation::field)
                .containsExactly(
                        "printer.port",
                        "printer.baud",
                        "printer.paperWidthMm",
                        "printer.codePage",
                        "cardReader.type",
                        "cardReader.port",
                        "cardReader.baud",
                        "scanner.type");
        assertThat(bad.violations()).allSatisfy(v -> assertThat(v.messageKey()).startsWith("device.error."));
    }
}
