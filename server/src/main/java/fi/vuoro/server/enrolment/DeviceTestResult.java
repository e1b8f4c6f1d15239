package fi.vuoro.server.enrolment;

import java.util.Map;

/**
 * A device's answer to a test command ({@code /app/device.result}), or {@link #timedOut} when none came in time.
 *
 * @param detail e.g. {@code {"printer":"OK"}} or the masked card value and reader type
 */
public record DeviceTestResult(
        String deviceId, String commandId, boolean ok, String message, Map<String, String> detail, boolean timedOut) {

    public DeviceTestResult {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }

    static DeviceTestResult timeout(String deviceId, String commandId) {
        return new DeviceTestResult(deviceId, commandId, false, null, Map.of(), true);
    }
}
