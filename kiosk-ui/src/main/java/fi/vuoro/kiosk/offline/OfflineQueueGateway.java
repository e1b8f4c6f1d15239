package fi.vuoro.kiosk.offline;

import fi.vuoro.kiosk.server.ConnectionState;
import fi.vuoro.kiosk.server.DeviceCommand;
import fi.vuoro.kiosk.server.DeviceStatus;
import fi.vuoro.kiosk.server.HelpRequest;
import fi.vuoro.kiosk.server.IssuedTicket;
import fi.vuoro.kiosk.server.QueueGateway;
import fi.vuoro.kiosk.server.ServiceOption;
import fi.vuoro.kiosk.server.TicketNotIssued;
import fi.vuoro.kiosk.server.TicketRequest;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * The gateway the views get when offline issuing is on: everything goes to the real gateway, except that a ticket
 * the server cannot be reached for comes from the kiosk's leased number block (journalled before it is returned,
 * so before it is shown or printed). A ticket the server refuses (closed service, bad request) is not issued
 * offline: that is an answer, not an outage. {@link OfflineSync} tops up the blocks and imports the tickets.
 */
public final class OfflineQueueGateway implements QueueGateway {

    private static final Logger log = LoggerFactory.getLogger(OfflineQueueGateway.class);

    private final QueueGateway online;
    private final OfflineStore store;

    public OfflineQueueGateway(QueueGateway online, OfflineStore store) {
        this.online = online;
        this.store = store;
    }

    @Override
    public IssuedTicket issue(TicketRequest request) throws TicketNotIssued {
        var already = store.tickets().stream()
                .filter(t -> t.key().equals(request.idempotencyKey()))
                .findFirst();
        if (already.isPresent()) return issued(already.get());
        if (online.connectionState() != ConnectionState.OFFLINE) {
            try {
                return online.issue(request);
            } catch (TicketNotIssued e) {
                if (!unreachable(e)) throw e;
                log.warn("server unreachable while issuing; using the offline block: {}", e.getMessage());
            }
        }
        var ticket = store.issue(request.idempotencyKey(), request.serviceId(), request.language())
                .orElseThrow(() -> new TicketNotIssued(
                        "server unreachable and no offline number left for " + request.serviceId(), null));
        log.info("issued {} offline (key {})", ticket.displayNumber(), ticket.key());
        return issued(ticket);
    }

    private IssuedTicket issued(OfflineStore.OfflineTicket ticket) {
        var estimate = online.services().stream()
                // The last estimate heard before the outage; "no wait" is not a promise to make offline.
                .filter(s -> s.id().equals(ticket.serviceId()) && s.estimatedWaitSeconds() > 0)
                .map(ServiceOption::estimatedWaitSeconds)
                .findFirst()
                .orElse(null);
        return new IssuedTicket(
                "offline:" + ticket.key(),
                ticket.displayNumber(),
                ticket.serviceId(),
                "WAITING",
                null,
                estimate,
                ticket.issuedAt(),
                true);
    }

    /** No answer at all, or a server that says it is not there (gateway / unavailable): an outage. */
    static boolean unreachable(TicketNotIssued e) {
        return e.getCause() instanceof ResourceAccessException
                || (e.getCause() instanceof HttpServerErrorException server
                        && List.of(502, 503, 504)
                                .contains(server.getStatusCode().value()));
    }

    @Override
    public boolean issuesOffline() {
        return online.services().stream().anyMatch(s -> store.remaining(s.id()) > 0);
    }

    @Override
    public List<ServiceOption> services() {
        return online.services();
    }

    @Override
    public ConnectionState connectionState() {
        return online.connectionState();
    }

    @Override
    public boolean requestHelp(HelpRequest request) {
        return online.requestHelp(request);
    }

    @Override
    public void reportStatus(DeviceStatus status) {
        online.reportStatus(status);
    }

    @Override
    public Runnable onCommand(Consumer<DeviceCommand> listener) {
        return online.onCommand(listener);
    }

    @Override
    public Runnable onServicesChanged(Runnable listener) {
        return online.onServicesChanged(listener);
    }

    // The device work (help cancel, test-command answers, identity, appointments) goes to the server unchanged:
    // without these the interface's "not supported" defaults would hide it behind this decorator.

    @Override
    public void cancelHelp(String requestId) {
        online.cancelHelp(requestId);
    }

    @Override
    public boolean sendResult(fi.vuoro.kiosk.server.CommandResult result) {
        return online.sendResult(result);
    }

    @Override
    public java.util.Optional<fi.vuoro.kiosk.server.DeviceSelf> self() {
        return online.self();
    }

    @Override
    public java.util.Optional<fi.vuoro.kiosk.server.Appointment> appointment(String reference) {
        return online.appointment(reference);
    }

    @Override
    public java.util.Optional<fi.vuoro.kiosk.server.Appointment> appointmentByCard(String cardHash) {
        return online.appointmentByCard(cardHash);
    }
}
