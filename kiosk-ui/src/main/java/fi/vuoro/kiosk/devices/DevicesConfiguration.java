package fi.vuoro.kiosk.devices;

import fi.vuoro.hardware.printer.PrinterSettings;
import fi.vuoro.hardware.reader.CardNumberHasher;
import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.server.QueueGateway;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the devices: the demo's emulators when asked for, the devices, status reports and device commands. */
@Configuration(proxyBeanMethods = false)
class DevicesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevicesConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "vuoro.kiosk.devices.emulators", havingValue = "true")
    DemoDevices demoDevices(KioskProperties properties, DeviceSettings settings, Clock clock) throws IOException {
        if (!DemoDevices.available()) {
            throw new IllegalStateException("vuoro.kiosk.devices.emulators=true needs socat (Debian package socat)");
        }
        var printed = settings.printedDir().isBlank()
                ? properties.dataDirectory().resolve("printed")
                : Path.of(settings.printedDir()).toAbsolutePath();
        return DemoDevices.start(printed, clock);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    KioskDevices kioskDevices(
            KioskProperties properties,
            DeviceSettings settings,
            QueueGateway gateway,
            Clock clock,
            ObjectProvider<DemoDevices> demo) {
        var emulated = demo.getIfAvailable();
        var local = settings.localConfig(emulated == null ? null : emulated.config(), DeviceConfig.local(properties));
        if (emulated != null) {
            log.info(
                    settings.emulatorsWired()
                            ? "using the demo's emulated devices"
                            : "emulated devices running; their ports come from the server's device settings");
        }
        return new KioskDevices(
                () -> local,
                gateway::self,
                CardNumberHasher.fromBase64(settings.cardKey()),
                clock,
                PrinterSettings.defaults());
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    StatusReporter statusReporter(KioskDevices devices, QueueGateway gateway, DeviceSettings settings, Clock clock) {
        return new StatusReporter(devices, gateway, settings.statusInterval(), clock);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    DeviceCommandHandler deviceCommandHandler(KioskDevices devices, QueueGateway gateway, Clock clock) {
        return new DeviceCommandHandler(devices, gateway, clock);
    }
}
