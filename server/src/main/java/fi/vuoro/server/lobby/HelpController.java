package fi.vuoro.server.lobby;

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
 * {@code /app/kiosk.help} and {@code /app/kiosk.help.cancel}. The kiosk and its site come from the STOMP session.
 * Frames from anyone but a kiosk, or that do not parse, are dropped and counted ({@code vuoro.device.frames.dropped});
 * the kiosk's connection stays open.
 */
@Controller
class HelpController {

    private static final Logger LOG = LoggerFactory.getLogger(HelpController.class);

    private final HelpDesk helpDesk;
    private final DroppedFrames dropped;

    HelpController(HelpDesk helpDesk, DroppedFrames dropped) {
        this.helpDesk = helpDesk;
        this.dropped = dropped;
    }

    @MessageMapping("kiosk.help")
    void help(HelpMessage message, Principal principal) {
        DevicePrincipal kiosk = dropped.kiosk(principal, "kiosk.help");
        if (kiosk != null && message != null) {
            helpDesk.received(kiosk, message);
        }
    }

    @MessageMapping("kiosk.help.cancel")
    void cancel(HelpMessage message, Principal principal) {
        DevicePrincipal kiosk = dropped.kiosk(principal, "kiosk.help.cancel");
        if (kiosk != null && message != null && message.requestId() != null) {
            helpDesk.cancelled(kiosk, message.requestId());
        }
    }

    @MessageExceptionHandler({InvalidInputException.class, MessageConversionException.class})
    void malformed(Exception e, Principal principal) {
        LOG.debug("Malformed help frame", e);
        dropped.drop("kiosk.help", "malformed", principal);
    }
}
