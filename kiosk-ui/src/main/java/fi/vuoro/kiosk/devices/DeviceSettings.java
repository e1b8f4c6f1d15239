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
 */
@ConfigurationProperties("vuoro.kiosk.devices")
public record DeviceSettings(
        @DefaultValue("dnVvcm8tZGVtby1jYXJkLWtleS1ub3QtYS1zZWNyZXQ=")
        String cardKey,

        @DefaultValue("30s") Duration statusInterval,
        @DefaultValue("false") boolean emulators,
        @DefaultValue("") String printedDir) {}
