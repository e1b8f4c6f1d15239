package fi.vuoro.kiosk.server;

/** What reception tells this kiosk over {@code /user/queue/device}. */
public sealed interface DeviceCommand {

    /** Ask visitors to come to the desk instead of using the kiosk. */
    record Staffed(boolean on) implements DeviceCommand {}

    /** A message to show; blank clears it. */
    record Message(String text) implements DeviceCommand {}

    record Lock(String reason) implements DeviceCommand {}

    record Unlock() implements DeviceCommand {}

    /** Reception answered a help request; the name may be null when the server does not say who. */
    record HelpAnswered(String staffName) implements DeviceCommand {}
}
