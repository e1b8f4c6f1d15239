package fi.vuoro.kiosk.devices;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Device settings beyond ports ({@code vuoro.kiosk.devices.*}).
 *
 * @param cardKey base64 key of the card-number HMAC; the default is the demo's well-known key, a real deployment
 *     sets 32 random bytes of its own (the same on every kiosk and in its appointment system)
 * @param statusInterval how often device states are reported even when nothing changed
 * @param emulators run the printer and card-reader/scanner emulators on socat pty pairs (demo and tests)
 * @param printedDir where the emulated printer saves its tickets as PNG; default {@code <data-dir>/printed}
 * @param emulatorsWired whether the emulators' ports are the kiosk's local device settings (the demo: it prints at
 *     once); {@code false} runs the emulators but opens only what the server configures, as on a new kiosk whose
 *     admin still has to enter its ports (the cross-app journey tests)
 */
@ConfigurationProperties("vuoro.kiosk.devices")
public record DeviceSettings(
        @DefaultValue("dnVvcm8tZGVtby1jYXJkLWtleS1ub3QtYS1zZWNyZXQ=")
        String cardKey,

        @DefaultValue("30s") Duration statusInterval,
        @DefaultValue("false") boolean emulators,
        @DefaultValue("") String printedDir,
        @DefaultValue("true") boolean emulatorsWired) {

    /** The local device settings: the emulators' ports when they run and are wired, else the properties'. */
    public DeviceConfig localConfig(DeviceConfig emulated, DeviceConfig fromProperties) {
        return emulated != null && emulatorsWired ? emulated : fromProperties;
    }
}
