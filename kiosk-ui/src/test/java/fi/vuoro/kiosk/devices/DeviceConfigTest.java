package fi.vuoro.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.devices.DeviceConfig.PrinterPort;
import fi.vuoro.kiosk.devices.DeviceConfig.ReaderPort;
import fi.vuoro.kiosk.server.DeviceSelf;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceConfigTest {

    private final DeviceConfig local = new DeviceConfig(
            new PrinterPort("/dev/ttyLocal0", 115_200, 80, "PC858"),
            new ReaderPort("RDM6300", "/dev/ttyLocal1", 9600),
            null);

    @Test
    void theServersDevicesWinOneByOneAndItsNullsKeepTheLocalOnes() {
        var self = new DeviceSelf(
                "kiosk-1",
                "KIOSK",
                "demo",
                "Lobby",
                new DeviceSelf.Printer("/dev/serial/by-id/printer", 9600, 58, "PC858"),
                null,
                new DeviceSelf.Reader("scanner", "/dev/ttyACM0", 9600));

        var resolved = DeviceConfig.resolve(Optional.of(self), local);

        assertThat(resolved.printer()).isEqualTo(new PrinterPort("/dev/serial/by-id/printer", 9600, 58, "PC858"));
        assertThat(resolved.cardReader()).isEqualTo(local.cardReader());
        assertThat(resolved.scanner()).isEqualTo(new ReaderPort("SCANNER", "/dev/ttyACM0", 9600));
        assertThat(DeviceConfig.resolve(Optional.empty(), local)).isEqualTo(local);
    }

    @Test
    void blankPortsAndTypeNoneMeanNoDeviceAndOddWidthsBecome80mm() {
        var self = new DeviceSelf(
                "k",
                "KIOSK",
                "demo",
                "k",
                new DeviceSelf.Printer(" ", 9600, 80, null),
                new DeviceSelf.Reader("none", "/dev/ttyUSB1", 9600),
                new DeviceSelf.Reader("ID12", "/dev/ttyUSB2", 0));
        var resolved = DeviceConfig.resolve(Optional.of(self), DeviceConfig.none());
        assertThat(resolved.printer()).isNull();
        assertThat(resolved.cardReader()).isNull();
        assertThat(resolved.scanner()).isEqualTo(new ReaderPort("ID12", "/dev/ttyUSB2", 9600));
    }

    @Test
    void unwiredEmulatorsLeaveTheDevicesToTheServerAndWiredOnesAreTheLocalSettings() {
        var emulated = new DeviceConfig(new PrinterPort("/tmp/ttyVuoroPrinter", 115_200, 80, "PC858"), null, null);
        var wired = new DeviceSettings("", java.time.Duration.ofSeconds(30), true, "", true);
        var unwired = new DeviceSettings("", java.time.Duration.ofSeconds(30), true, "", false);

        assertThat(wired.localConfig(emulated, local)).isEqualTo(emulated);
        assertThat(unwired.localConfig(emulated, local)).isEqualTo(local);
        assertThat(wired.localConfig(null, local)).isEqualTo(local);
        // unwired, a new kiosk opens nothing until the server's CONFIG_CHANGED names its ports
        assertThat(DeviceConfig.resolve(Optional.empty(), unwired.localConfig(emulated, DeviceConfig.none())))
                .isEqualTo(DeviceConfig.none());
    }
}
