package fi.vuoro.kiosk.server;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Everything the kiosk's views need from the server. Implementations are thread-safe. */
public interface QueueGateway {

    /** The services with their last known live figures; empty until the first answer from the server. */
    List<ServiceOption> services();

    ConnectionState connectionState();

    IssuedTicket issue(TicketRequest request) throws TicketNotIssued;

    /**
     * Whether tickets can still be issued while the server is unreachable (a leased offline number block is at
     * hand); the offline banner then says so.
     */
    default boolean issuesOffline() {
        return false;
    }

    /** @return whether the request reached the server; if not, the screen sends the visitor to the desk */
    boolean requestHelp(HelpRequest request);

    void reportStatus(DeviceStatus status);

    /**
     * Registers for device commands; they arrive on a messaging thread.
     *
     * @return call to unregister (views do so on detach)
     */
    Runnable onCommand(Consumer<DeviceCommand> listener);

    /**
     * Registers for changes of the service catalogue (an admin renamed, added or closed a service): the view redraws
     * at once instead of at its next poll. Called on a messaging thread.
     *
     * @return call to unregister (views do so on detach)
     */
    default Runnable onServicesChanged(Runnable listener) {
        return () -> {};
    }

    /** The visitor left before anyone came (idle reset): {@code /app/kiosk.help.cancel}. */
    default void cancelHelp(String requestId) {}

    /** Answers a device command on {@code /app/device.result}; false when it could not be sent. */
    default boolean sendResult(CommandResult result) {
        return false;
    }

    /** Who this kiosk is ({@code GET /api/v1/devices/me}); empty when unknown (standalone, offline, unpaired). */
    default Optional<DeviceSelf> self() {
        return Optional.empty();
    }

    /** The appointment with this reference at the kiosk's site; empty when unknown or unreachable. */
    default Optional<Appointment> appointment(String reference) {
        return Optional.empty();
    }

    /** The card holder's next appointment, by the card's keyed hash; empty when none. */
    default Optional<Appointment> appointmentByCard(String cardHash) {
        return Optional.empty();
    }
}
