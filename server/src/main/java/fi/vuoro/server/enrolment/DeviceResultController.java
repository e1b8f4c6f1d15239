package fi.vuoro.server.enrolment;

import fi.vuoro.server.security.DevicePrincipal;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * {@code SEND /app/device.result} from a kiosk: the answer to a test command. The device id is the session's, the
 * body is trusted for nothing else; texts are cut to a sane length and anything odd is dropped, never thrown back.
 */
@Controller
class DeviceResultController {

    private static final int MAX_TEXT = 300;
    private static final int MAX_DETAIL_ENTRIES = 10;

    record Result(String commandId, Boolean ok, String message, Map<String, Object> detail) {}

    private final DeviceTests tests;

    DeviceResultController(DeviceTests tests) {
        this.tests = tests;
    }

    @MessageMapping("device.result")
    void result(@Payload Result result, Principal user) {
        if (!(user instanceof Authentication auth && auth.getPrincipal() instanceof DevicePrincipal device)
                || result == null
                || result.commandId() == null) {
            tests.answered(null, null, false, null, Map.of());
            return;
        }
        Map<String, String> detail = new LinkedHashMap<>();
        if (result.detail() != null) {
            result.detail().entrySet().stream()
                    .limit(MAX_DETAIL_ENTRIES)
                    .forEach(e -> detail.put(cut(e.getKey()), cut(String.valueOf(e.getValue()))));
        }
        tests.answered(
                device.deviceId(),
                result.commandId(),
                Boolean.TRUE.equals(result.ok()),
                result.message() == null ? null : cut(result.message()),
                detail);
    }

    private static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }
}
