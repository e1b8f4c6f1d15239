package fi.vuoro.server.messaging;

import fi.vuoro.server.security.DevicePrincipal;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * For {@code @MessageMapping} handlers of kiosk frames: a frame a handler refuses is dropped, counted
 * ({@code vuoro.device.frames.dropped}, tagged by destination and reason) and logged; the session stays open.
 */
@Component
public class DroppedFrames {

    private static final Logger LOG = LoggerFactory.getLogger(DroppedFrames.class);

    private final MeterRegistry metrics;

    DroppedFrames(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** The sending kiosk, or {@code null} after dropping the frame ({@code not-a-kiosk}) when it is not one. */
    public DevicePrincipal kiosk(Principal principal, String destination) {
        if (principal instanceof Authentication auth
                && auth.getPrincipal() instanceof DevicePrincipal device
                && device.kind() == DevicePrincipal.Kind.KIOSK) {
            return device;
        }
        drop(destination, "not-a-kiosk", principal);
        return null;
    }

    public void drop(String destination, String reason, Principal who) {
        metrics.counter("vuoro.device.frames.dropped", "destination", destination, "reason", reason)
                .increment();
        LOG.warn("Dropped {} from {}: {}", destination, who == null ? "?" : who.getName(), reason);
    }
}
