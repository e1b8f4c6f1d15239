package fi.vuoro.server.enrolment;

import java.util.Map;

/**
 * The kiosk's answers to a device test, as it sends them on {@code /app/device.result} (docs/device-channel.md):
 * one place in the test sources that builds the frame body, for every test that plays the kiosk.
 */
public final class DeviceResultFrames {

    public static final String DESTINATION = "/app/device.result";

    private DeviceResultFrames() {}

    /** A full answer: {@code {"commandId":…,"ok":…,"message":…,"detail":{…}}}. */
    public static Map<String, Object> answer(String commandId, boolean ok, String message, Map<String, String> detail) {
        return Map.of("commandId", commandId, "ok", ok, "message", message, "detail", detail);
    }

    /** The answer a kiosk gives after printing its test ticket: "Printed 429 bytes", printer OK. */
    public static Map<String, Object> printedTestTicket(String commandId) {
        return answer(commandId, true, "Printed 429 bytes", Map.of("printer", "OK"));
    }
}
