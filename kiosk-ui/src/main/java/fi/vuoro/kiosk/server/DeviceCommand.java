package fi.vuoro.kiosk.server;

/** What the server tells this kiosk on {@code /topic/device.{deviceId}} (docs/device-channel.md). */
public sealed interface DeviceCommand {

    /** Ask visitors to come to the desk instead of using the kiosk. */
    record Staffed(boolean on) implements DeviceCommand {}

    /** A message to show; blank clears it. */
    record Message(String text) implements DeviceCommand {}

    record Lock(String reason) implements DeviceCommand {}

    record Unlock() implements DeviceCommand {}

    /**
     * Reception answered a help request; the name may be null when the server does not say who.
     *
     * @param requestId the help request answered, or null (then it answers whatever is open)
     */
    record HelpAnswered(String requestId, String staffName) implements DeviceCommand {
        public HelpAnswered(String staffName) {
            this(null, staffName);
        }
    }

    /** A member of staff will greet the visitor holding this ticket ("Mari will greet you"). */
    record Greeter(String ticketId, String staffName) implements DeviceCommand {}

    /** The kiosk's configuration changed: re-read {@code GET /api/v1/devices/me}, reopen the serial devices. */
    record ConfigChanged() implements DeviceCommand {}

    /** Print a test ticket; answer on {@code /app/device.result}. */
    record PrintTest(String commandId) implements DeviceCommand {}

    /** Answer the printer's live status on {@code /app/device.result}. */
    record PrinterStatus(String commandId) implements DeviceCommand {}

    /** Wait for one card or QR read and answer its masked value and reader type. */
    record ReadCard(String commandId, int timeoutSeconds) implements DeviceCommand {}
}
