package fi.vuoro.server.health;

import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.system.InvalidInputException;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * {@code /app/kiosk.status}: the device id comes from the STOMP session, never from the body. A frame that is not a
 * kiosk's, not JSON or names an unknown state is dropped and counted ({@code vuoro.device.frames.dropped}); the
 * session stays open.
 */
@Controller
class StatusController {

    private static final Logger LOG = LoggerFactory.getLogger(StatusController.class);

    private final DeviceHealth health;
    private final MeterRegistry metrics;

    StatusController(DeviceHealth health, MeterRegistry metrics) {
        this.health = health;
        this.metrics = metrics;
    }

    @MessageMapping("kiosk.status")
    void status(StatusReport report, Principal principal) {
        if (!(principal instanceof Authentication auth && auth.getPrincipal() instanceof DevicePrincipal device)
                || device.kind() != DevicePrincipal.Kind.KIOSK) {
            dropped("not-a-kiosk", principal);
            return;
        }
        if (report == null) {
            dropped("empty", principal);
            return;
        }
        health.report(device, report);
    }

    @MessageExceptionHandler({InvalidInputException.class, MessageConversionException.class})
    void malformed(Exception e, Principal principal) {
        LOG.debug("Malformed kiosk.status frame", e);
        dropped("malformed", principal);
    }

    private void dropped(String reason, Principal who) {
        metrics.counter("vuoro.device.frames.dropped", "destination", "kiosk.status", "reason", reason)
                .increment();
        LOG.warn("Dropped kiosk.status from {}: {}", who == null ? "?" : who.getName(), reason);
    }
}
