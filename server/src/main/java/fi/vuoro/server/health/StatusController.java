package fi.vuoro.server.health;

import fi.vuoro.server.messaging.DroppedFrames;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.system.InvalidInputException;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code /app/kiosk.status}: the device id comes from the STOMP session, never from the body. A frame that is not a
 * kiosk's, not JSON or names an unknown state is dropped and counted ({@code vuoro.device.frames.dropped}); the
 * session stays open.
 */
@Controller
class StatusController {

    private static final Logger LOG = LoggerFactory.getLogger(StatusController.class);
    private static final String DESTINATION = "kiosk.status";

    private final DeviceHealth health;
    private final DroppedFrames dropped;

    StatusController(DeviceHealth health, DroppedFrames dropped) {
        this.health = health;
        this.dropped = dropped;
    }

    @MessageMapping(DESTINATION)
    void status(StatusReport report, Principal principal) {
        DevicePrincipal kiosk = dropped.kiosk(principal, DESTINATION);
        if (kiosk == null) {
            return;
        }
        if (report == null) {
            dropped.drop(DESTINATION, "empty", principal);
            return;
        }
        health.report(kiosk, report);
    }

    @MessageExceptionHandler({InvalidInputException.class, MessageConversionException.class})
    void malformed(Exception e, Principal principal) {
        LOG.debug("Malformed kiosk.status frame", e);
        dropped.drop(DESTINATION, "malformed", principal);
    }
}
