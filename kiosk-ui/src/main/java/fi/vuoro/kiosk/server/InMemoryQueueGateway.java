package fi.vuoro.kiosk.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A gateway without a server: demo services in three languages, numbering per service, commands pushed by hand.
 * For the standalone demo ({@code vuoro.kiosk.gateway=in-memory}) and for view tests; the real gateway is
 * tested against the real server.
 */
public final class InMemoryQueueGateway implements QueueGateway {

    private final Clock clock;
    private final Map<String, ServiceOption> services = new LinkedHashMap<>();
    private final Map<String, String> prefixes = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, IssuedTicket> byKey = new HashMap<>();
    private final List<Consumer<DeviceCommand>> listeners = new CopyOnWriteArrayList<>();
    private final List<HelpRequest> helpRequests = new CopyOnWriteArrayList<>();
    private final List<DeviceStatus> statusReports = new CopyOnWriteArrayList<>();
    private final List<String> cancelledHelp = new CopyOnWriteArrayList<>();
    private final List<CommandResult> results = new CopyOnWriteArrayList<>();
    private final Map<String, Appointment> appointments = new HashMap<>();
    private final Map<String, String> appointmentCards = new HashMap<>();
    private final List<TicketRequest> issueRequests = new CopyOnWriteArrayList<>();
    private volatile ConnectionState state = ConnectionState.ONLINE;
    private volatile boolean failIssues;

    public InMemoryQueueGateway(Clock clock) {
        this.clock = clock;
        add(
                "A",
                "general",
                "Yleiset asiat",
                "Allmänna ärenden",
                "General enquiries",
                4,
                600,
                "Odotustila A",
                "Väntrum A",
                "Waiting area A");
        add(
                "L",
                "lab",
                "Laboratorio",
                "Laboratorium",
                "Laboratory",
                7,
                1140,
                "Kerros 2, huone 204",
                "Våning 2, rum 204",
                "Floor 2, room 204");
        add(
                "R",
                "prescriptions",
                "Reseptit ja lääkkeet",
                "Recept och läkemedel",
                "Prescriptions and medicines",
                1,
                120,
                "Odotustila A",
                "Väntrum A",
                "Waiting area A");
        add(
                "V",
                "vaccinations",
                "Rokotukset",
                "Vaccinationer",
                "Vaccinations",
                0,
                0,
                "Kerros 1, huone 110",
                "Våning 1, rum 110",
                "Floor 1, room 110");
        book(new Appointment("APT-1001", "lab", "Anna", clock.instant().plusSeconds(20 * 60)), null);
    }

    private void add(
            String prefix,
            String id,
            String fi,
            String sv,
            String en,
            int waiting,
            long wait,
            String locFi,
            String locSv,
            String locEn) {
        services.put(
                id,
                new ServiceOption(
                        id,
                        Map.of("fi", fi, "sv", sv, "en", en),
                        Map.of("fi", locFi, "sv", locSv, "en", locEn),
                        waiting,
                        wait,
                        true));
        prefixes.put(id, prefix);
    }

    @Override
    public synchronized List<ServiceOption> services() {
        return new ArrayList<>(services.values());
    }

    /** Sets a service's live figures (demos, screenshots): e.g. nobody waiting, so the next ticket is next in line. */
    public synchronized void setFigures(String serviceId, int waiting, long estimatedWaitSeconds) {
        services.computeIfPresent(serviceId, (id, s) -> s.withFigures(waiting, estimatedWaitSeconds, true));
    }

    @Override
    public ConnectionState connectionState() {
        return state;
    }

    @Override
    public synchronized IssuedTicket issue(TicketRequest request) throws TicketNotIssued {
        if (failIssues || state == ConnectionState.OFFLINE) {
            throw new TicketNotIssued("in-memory gateway set to fail", null);
        }
        issueRequests.add(request);
        var existing = byKey.get(request.idempotencyKey());
        if (existing != null) {
            return existing;
        }
        var service = services.get(request.serviceId());
        if (service == null) {
            throw new TicketNotIssued("unknown service " + request.serviceId(), null);
        }
        int next = counters.merge(service.id(), 1, Integer::sum);
        var ticket = new IssuedTicket(
                "t-" + service.id() + "-" + next,
                prefixes.get(service.id()) + String.format("%03d", next),
                service.id(),
                "WAITING",
                service.waiting() + 1,
                service.estimatedWaitSeconds(),
                clock.instant());
        services.put(
                service.id(), service.withFigures(service.waiting() + 1, service.estimatedWaitSeconds() + 150, true));
        byKey.put(request.idempotencyKey(), ticket);
        return ticket;
    }

    @Override
    public boolean requestHelp(HelpRequest request) {
        if (state == ConnectionState.OFFLINE) return false;
        helpRequests.add(request);
        return true;
    }

    @Override
    public void reportStatus(DeviceStatus status) {
        statusReports.add(status);
    }

    @Override
    public void cancelHelp(String requestId) {
        cancelledHelp.add(requestId);
    }

    @Override
    public boolean sendResult(CommandResult result) {
        results.add(result);
        return state != ConnectionState.OFFLINE;
    }

    @Override
    public Optional<DeviceSelf> self() {
        return Optional.of(new DeviceSelf("in-memory-kiosk", "KIOSK", "demo", "In-memory kiosk", null, null, null));
    }

    @Override
    public synchronized Optional<Appointment> appointment(String reference) {
        return Optional.ofNullable(appointments.get(reference));
    }

    @Override
    public synchronized Optional<Appointment> appointmentByCard(String cardHash) {
        return Optional.ofNullable(appointmentCards.get(cardHash)).map(appointments::get);
    }

    /** Books an appointment, optionally reachable by a card hash (tests and the standalone demo). */
    public synchronized void book(Appointment appointment, String cardHash) {
        appointments.put(appointment.reference(), appointment);
        if (cardHash != null) appointmentCards.put(cardHash, appointment.reference());
    }

    public List<DeviceStatus> statusReports() {
        return List.copyOf(statusReports);
    }

    public List<String> cancelledHelp() {
        return List.copyOf(cancelledHelp);
    }

    public List<CommandResult> results() {
        return List.copyOf(results);
    }

    public List<TicketRequest> issueRequests() {
        return List.copyOf(issueRequests);
    }

    @Override
    public Runnable onCommand(Consumer<DeviceCommand> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Delivers a command as the server would. */
    public void push(DeviceCommand command) {
        listeners.forEach(l -> l.accept(command));
    }

    public void setConnectionState(ConnectionState state) {
        this.state = state;
    }

    public void setFailIssues(boolean fail) {
        this.failIssues = fail;
    }

    public List<HelpRequest> helpRequests() {
        return List.copyOf(helpRequests);
    }

    public int listenerCount() {
        return listeners.size();
    }
}
