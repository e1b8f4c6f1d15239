package fi.vuoro.kiosk.override;

import fi.vuoro.kiosk.server.DeviceCommand;

/** What reception has told this kiosk, folded from device commands. Lock wins over staffed mode. */
public final class OverrideState {

    /** What covers the kiosk screen. */
    public enum Mode {
        NORMAL,
        STAFFED,
        LOCKED
    }

    private boolean staffed;
    private boolean locked;
    private String lockReason;
    private String message;

    /** @return whether the screen must change */
    public boolean apply(DeviceCommand command) {
        var before = snapshot();
        switch (command) {
            case DeviceCommand.Staffed s -> staffed = s.on();
            case DeviceCommand.Message m ->
                message = m.text() == null || m.text().isBlank() ? null : m.text();
            case DeviceCommand.Lock l -> {
                locked = true;
                lockReason = l.reason();
            }
            case DeviceCommand.Unlock u -> {
                locked = false;
                lockReason = null;
            }
            default -> {
                // Not an override: the check-in flow and the devices handle the rest.
            }
        }
        return !before.equals(snapshot());
    }

    public Mode mode() {
        if (locked) return Mode.LOCKED;
        if (staffed) return Mode.STAFFED;
        return Mode.NORMAL;
    }

    public String lockReason() {
        return lockReason;
    }

    /** A message pushed by reception, or null. */
    public String message() {
        return message;
    }

    private String snapshot() {
        return staffed + "|" + locked + "|" + lockReason + "|" + message;
    }
}
