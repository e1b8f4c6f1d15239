package fi.vuoro.server.lobby;

import fi.vuoro.server.feedback.FeedbackRecorded;
import fi.vuoro.server.health.DeviceTroubleCleared;
import fi.vuoro.server.health.DeviceTroubleStarted;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.queue.VisitRecord;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceRegistry;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.SiteDirectory;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the lobby hears about the rest of the system: check-ins (arrival facts, greet rules, a ticket that follows
 * a help request), feedback (poor rating → alert and to-greet), device trouble (→ alert, cleared when it recovers).
 * Queue events already arrive after their commit.
 */
@Component
class LobbyListeners {

    private static final Logger LOG = LoggerFactory.getLogger(LobbyListeners.class);

    private final ArrivalLog arrivals;
    private final GreetList greetList;
    private final HelpDesk helpDesk;
    private final Alerts alerts;
    private final QueueCommands queue;
    private final QueueReader reader;
    private final SiteDirectory sites;
    private final DeviceRegistry devices;
    private final List<AppointmentFactsSource> appointmentSources;
    private final TransactionTemplate batchTx;
    private final TransactionTemplate arrivalTx;

    LobbyListeners(
            ArrivalLog arrivals,
            GreetList greetList,
            HelpDesk helpDesk,
            Alerts alerts,
            QueueCommands queue,
            QueueReader reader,
            SiteDirectory sites,
            DeviceRegistry devices,
            List<AppointmentFactsSource> appointmentSources,
            PlatformTransactionManager transactions) {
        this.arrivals = arrivals;
        this.greetList = greetList;
        this.helpDesk = helpDesk;
        this.alerts = alerts;
        this.queue = queue;
        this.reader = reader;
        this.sites = sites;
        this.devices = devices;
        this.appointmentSources = appointmentSources;
        this.batchTx = new TransactionTemplate(transactions);
        this.arrivalTx = new TransactionTemplate(transactions);
        this.arrivalTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Most arrivals recorded in one transaction: a commit per ticket cost a third of the server's CPU under load. */
    private static final int ARRIVAL_BATCH = 256;

    /**
     * Queue and feedback events arrive in their publisher's after-commit callback, where data access would still
     * join the finished transaction (and never commit). They are handled in order on one thread of their own.
     */
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lobby-events");
        t.setDaemon(true);
        return t;
    });

    private final Queue<TicketView> pendingArrivals = new ConcurrentLinkedQueue<>();

    @EventListener
    void on(QueueEvent.TicketIssued event) {
        pendingArrivals.add(event.ticket());
        afterCommit.execute(this::recordPendingArrivals);
    }

    /**
     * Records every arrival waiting at this moment in one transaction (each behind its own savepoint, so one that
     * fails leaves the others), instead of one commit each. Order is kept: an arrival queued before a feedback event
     * is recorded before that event is handled, by this drain or an earlier one.
     */
    private void recordPendingArrivals() {
        var batch = new ArrayList<TicketView>();
        for (TicketView t; batch.size() < ARRIVAL_BATCH && (t = pendingArrivals.poll()) != null; ) {
            batch.add(t);
        }
        if (batch.isEmpty()) {
            return; // an earlier drain took these
        }
        try {
            batchTx.executeWithoutResult(status -> batch.forEach(this::arrivedBehindSavepoint));
        } catch (RuntimeException e) {
            LOG.warn("Recording {} arrivals together failed; recording them one by one", batch.size(), e);
            batch.forEach(this::arrivedBehindSavepoint);
        }
    }

    private void arrivedBehindSavepoint(TicketView ticket) {
        try {
            arrivalTx.executeWithoutResult(status -> arrived(ticket));
        } catch (RuntimeException e) {
            // The ticket is issued either way; the lobby board just misses this arrival's extras.
            LOG.warn("Lobby could not record arrival {}", ticket.number(), e);
        }
    }

    @EventListener
    void on(FeedbackRecorded event) {
        afterCommit.execute(() -> {
            try {
                rated(event);
            } catch (RuntimeException e) {
                LOG.warn("Lobby could not handle feedback for visit {}", event.visitId(), e);
            }
        });
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdown();
    }

    private void arrived(TicketView ticket) {
        String kioskId = issuingKiosk(ticket).orElse(null);
        arrivals.record(ticket, kioskId);
        boolean greetFlag =
                sites.service(ticket.serviceId()).map(Service::greetPersonally).orElse(false);
        var reasons = GreetRules.onArrival(new GreetRules.ArrivalFacts(ticket, greetFlag, appointmentFacts(ticket)));
        greetList.add(ticket, reasons, ticket.issuedAt());
        if (kioskId != null) {
            helpDesk.ticketIssuedAtKiosk(kioskId, ticket);
        }
    }

    private void rated(FeedbackRecorded event) {
        if (!GreetRules.isPoorRating(event.rating())) {
            return;
        }
        Optional<TicketView> ticket = event.ticketId() == null ? Optional.empty() : reader.find(event.ticketId());
        String detail = AlertDetail.rating(event.rating(), event.reasons());
        alerts.raise(
                AlertKind.POOR_RATING,
                event.siteId(),
                Alerts.visitSubject(event.visitId()),
                event.ticketId(),
                event.visitId(),
                null,
                detail);
        ticket.filter(t -> t.status().isOpen()).ifPresent(t -> greetList.add(t, GreetReason.POOR_RATING, event.at()));
    }

    @EventListener
    void on(DeviceTroubleStarted event) {
        alerts.raise(
                AlertKind.DEVICE_TROUBLE,
                event.siteId(),
                Alerts.deviceSubject(event.deviceId(), event.component()),
                null,
                null,
                event.deviceId(),
                AlertDetail.deviceTrouble(event.component(), event.state(), event.detail()));
    }

    @EventListener
    void on(DeviceTroubleCleared event) {
        alerts.resolvedBySystem(
                AlertKind.DEVICE_TROUBLE,
                Alerts.deviceSubject(event.deviceId(), event.component()),
                "Recovered: " + event.component() + "=" + event.state());
    }

    /** The visit history's ISSUED entry names the actor; a kiosk device id means the ticket came from that kiosk. */
    private Optional<String> issuingKiosk(TicketView ticket) {
        return queue.historyOf(ticket.id()).stream()
                .filter(h -> h.ticketId().equals(ticket.id()) && "ISSUED".equals(h.action()))
                .map(VisitRecord.HistoryEntry::actor)
                .findFirst()
                .flatMap(devices::find)
                .filter(d -> d.kind() == DevicePrincipal.Kind.KIOSK)
                .map(d -> d.id());
    }

    private AppointmentFacts appointmentFacts(TicketView ticket) {
        if (ticket.appointmentReference() == null) {
            return AppointmentFacts.UNKNOWN;
        }
        return appointmentSources.stream()
                .map(s -> s.lookup(ticket.siteId(), ticket.appointmentReference()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(AppointmentFacts.UNKNOWN);
    }
}
