package fi.vuoro.server.queue.internal;

import static fi.vuoro.server.queue.TicketStatus.CALLED;
import static fi.vuoro.server.queue.TicketStatus.PARKED;
import static fi.vuoro.server.queue.TicketStatus.SERVING;
import static fi.vuoro.server.queue.TicketStatus.WAITING;

import fi.vuoro.server.queue.CallPolicy;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.queue.QueueProperties;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.queue.VisitRecord;
import fi.vuoro.server.queue.WaitingTicket;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The command side of the queue. Every change: lock the site, check the status, conditional update, log, event. */
@Component
class QueueEngine implements QueueCommands {

    private static final int CLAIM_ATTEMPTS = 5;

    private final TransactionTemplate tx;
    private final SiteWrites writes;
    private final SiteDirectory directory;
    private final SiteLock lock;
    private final TicketRows rows;
    private final TicketIssuer issuer;
    private final TicketTransfers transfers;
    private final TicketChanges changes;
    private final QueueEstimates estimates;
    private final ServiceTimeStore serviceTimes;
    private final VisitLog log;
    private final TicketViews views;
    private final AfterCommitEvents events;
    private final QueueProperties properties;
    private final Clock clock;

    QueueEngine(
            TransactionTemplate tx,
            SiteWrites writes,
            SiteDirectory directory,
            SiteLock lock,
            TicketRows rows,
            TicketIssuer issuer,
            TicketTransfers transfers,
            TicketChanges changes,
            QueueEstimates estimates,
            ServiceTimeStore serviceTimes,
            VisitLog log,
            TicketViews views,
            AfterCommitEvents events,
            QueueProperties properties,
            Clock clock) {
        this.tx = tx;
        this.writes = writes;
        this.directory = directory;
        this.lock = lock;
        this.rows = rows;
        this.issuer = issuer;
        this.transfers = transfers;
        this.changes = changes;
        this.estimates = estimates;
        this.serviceTimes = serviceTimes;
        this.log = log;
        this.views = views;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public TicketView issue(IssueRequest request) {
        return issuer.issue(request);
    }

    @Override
    public Optional<TicketView> callNext(String counterId, String actor) {
        Counter counter = openCounter(counterId);
        return writes.run(counter.siteId(), start -> {
            CallPolicy policy = estimates.policy(directory.services(counter.siteId()));
            for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
                Instant now = clock.instant();
                // Only each line's first ticket can be the policy's choice (see QueueEstimates.dispatcher).
                List<WaitingTicket> candidates =
                        rows.callCandidates(counter.siteId(), counterId, counter.workProfile()).stream()
                                .map(TicketRow::waiting)
                                .toList();
                Optional<WaitingTicket> next = policy.next(counterId, counter.workProfile(), candidates, now);
                if (next.isEmpty()) {
                    return Optional.<TicketView>empty();
                }
                Optional<TicketView> claimed = claim(rows.find(next.get().id()).orElseThrow(), counterId, actor, now);
                if (claimed.isPresent()) {
                    return claimed;
                }
            }
            throw new ConflictException("The queue changed while calling; try again");
        });
    }

    @Override
    public TicketView call(String counterId, String ticketId, String actor) {
        Counter counter = openCounter(counterId);
        return changes.onTicket(ticketId, (row, now) -> {
            if (!row.siteId().equals(counter.siteId())) {
                throw new ConflictException("Ticket " + row.number() + " belongs to another site");
            }
            changes.require(row, "call", WAITING);
            return claim(row, counterId, actor, now)
                    .orElseThrow(() -> new ConflictException("Ticket " + row.number() + " was just called elsewhere"));
        });
    }

    /** The conditional update that makes a call exclusive: only a row still WAITING is claimed. */
    private Optional<TicketView> claim(TicketRow row, String counterId, String actor, Instant now) {
        if (!rows.update(
                row.id(), WAITING, TicketChanges.cols("status", CALLED, "counter_id", counterId, "called_at", now))) {
            return Optional.empty();
        }
        long seq = lock.nextSequence(row.siteId());
        log.record(row.visitId(), row.id(), "CALLED", TicketIssuer.actor(actor), now, counterId);
        TicketView view = views.view(row.id(), now);
        events.publish(new QueueEvent.TicketCalled(row.siteId(), seq, now, view, counterId), TicketIssuer.actor(actor));
        return Optional.of(view);
    }

    @Override
    public TicketView recall(String ticketId, String actor) {
        return changes.onTicket(ticketId, (row, now) -> {
            changes.require(row, "recall", CALLED);
            if (row.recallCount() >= properties.maxRecalls()) {
                return changes.apply(
                        row,
                        "NO_SHOW",
                        actor,
                        now,
                        "after " + row.recallCount() + " recalls",
                        TicketChanges.cols(
                                "status", TicketStatus.NO_SHOW, "ended_at", now, "end_reason", "RECALL_LIMIT"),
                        (seq, v) -> new QueueEvent.TicketNoShow(row.siteId(), seq, now, v));
            }
            return changes.apply(
                    row,
                    "RECALLED",
                    actor,
                    now,
                    row.counterId(),
                    TicketChanges.cols("recall_count", row.recallCount() + 1, "called_at", now),
                    (seq, v) -> new QueueEvent.TicketRecalled(row.siteId(), seq, now, v, row.counterId()));
        });
    }

    @Override
    public TicketView start(String ticketId, String actor) {
        return changes.onTicket(ticketId, (row, now) -> {
            changes.require(row, "start", CALLED);
            return changes.apply(
                    row,
                    "STARTED",
                    actor,
                    now,
                    row.counterId(),
                    TicketChanges.cols("status", SERVING, "started_at", now),
                    (seq, v) -> new QueueEvent.ServiceStarted(row.siteId(), seq, now, v));
        });
    }

    @Override
    public TicketView complete(String ticketId, String outcome, String actor) {
        if (outcome == null || outcome.isBlank()) {
            throw new InvalidInputException("An outcome is required to complete a ticket");
        }
        return changes.onTicket(ticketId, (row, now) -> {
            changes.require(row, "complete", SERVING, CALLED);
            if (row.startedAt() != null) {
                int hour = row.startedAt()
                        .atZone(directory.site(row.siteId()).orElseThrow().timeZone())
                        .getHour();
                serviceTimes.observe(row.serviceId(), hour, Duration.between(row.startedAt(), now));
            }
            return changes.apply(
                    row,
                    "COMPLETED",
                    actor,
                    now,
                    outcome,
                    TicketChanges.cols("status", TicketStatus.DONE, "ended_at", now, "outcome", outcome),
                    (seq, v) -> new QueueEvent.TicketCompleted(row.siteId(), seq, now, v, outcome));
        });
    }

    @Override
    public TicketView noShow(String ticketId, String actor) {
        return changes.onTicket(ticketId, (row, now) -> {
            changes.require(row, "mark as no-show", CALLED);
            return changes.apply(
                    row,
                    "NO_SHOW",
                    actor,
                    now,
                    null,
                    TicketChanges.cols("status", TicketStatus.NO_SHOW, "ended_at", now, "end_reason", "STAFF"),
                    (seq, v) -> new QueueEvent.TicketNoShow(row.siteId(), seq, now, v));
        });
    }

    @Override
    public TicketView park(String ticketId, String actor) {
        return changes.onTicket(ticketId, (row, now) -> {
            changes.require(row, "park", CALLED, SERVING);
            return changes.apply(
                    row,
                    "PARKED",
                    actor,
                    now,
                    row.counterId(),
                    TicketChanges.cols("status", PARKED, "target_counter_id", row.counterId()),
                    (seq, v) -> new QueueEvent.TicketParked(row.siteId(), seq, now, v));
        });
    }

    @Override
    public TicketView returnToQueue(String ticketId, String actor) {
        return changes.onTicket(ticketId, (row, now) -> {
            changes.require(row, "return", PARKED);
            return changes.apply(
                    row,
                    "RETURNED",
                    actor,
                    now,
                    null,
                    TicketChanges.cols("status", WAITING, "counter_id", null, "called_at", null, "started_at", null),
                    (seq, v) -> new QueueEvent.TicketReturned(row.siteId(), seq, now, v));
        });
    }

    @Override
    public TicketView cancel(String ticketId, String actor) {
        return changes.onTicket(ticketId, (row, now) -> {
            changes.require(row, "cancel", WAITING, CALLED, PARKED);
            return changes.apply(
                    row,
                    "CANCELLED",
                    actor,
                    now,
                    null,
                    TicketChanges.cols("status", TicketStatus.CANCELLED, "ended_at", now, "end_reason", "CANCELLED"),
                    (seq, v) -> new QueueEvent.TicketCancelled(row.siteId(), seq, now, v));
        });
    }

    @Override
    public TicketView transfer(String ticketId, String serviceId, String counterId, String note, String actor) {
        return transfers.transfer(ticketId, serviceId, counterId, note, actor);
    }

    @Override
    public TicketView raisePriority(String ticketId, PriorityClass priority, PriorityReason reason, String actor) {
        if (priority == null || reason == null || reason == PriorityReason.NONE) {
            throw new InvalidInputException("Raising priority needs a class and a reason other than NONE");
        }
        return changes.onTicket(ticketId, (row, now) -> {
            changes.require(row, "raise the priority of", WAITING, PARKED);
            if (priority.ordinal() >= row.priority().ordinal()) {
                throw new ConflictException("Ticket " + row.number() + " is already " + row.priority() + "; " + priority
                        + " is not higher");
            }
            return changes.apply(
                    row,
                    "PRIORITY_RAISED",
                    actor,
                    now,
                    priority + " (" + reason + ")",
                    TicketChanges.cols("priority", priority, "priority_reason", reason),
                    (seq, v) -> new QueueEvent.PriorityRaised(row.siteId(), seq, now, v));
        });
    }

    @Override
    public void addNote(String ticketId, String text, String actor) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("A note needs text");
        }
        TicketRow row = rows.find(ticketId).orElseThrow(() -> new NotFoundException("No ticket '" + ticketId + "'"));
        tx.executeWithoutResult(
                s -> log.note(row.visitId(), row.id(), TicketIssuer.actor(actor), clock.instant(), text));
    }

    @Override
    public VisitRecord visitOf(String ticketId) {
        TicketRow row = rows.find(ticketId).orElseThrow(() -> new NotFoundException("No ticket '" + ticketId + "'"));
        Instant now = clock.instant();
        List<TicketView> tickets =
                rows.ofVisit(row.visitId()).stream().map(views::current).toList();
        return new VisitRecord(row.visitId(), tickets, log.history(row.visitId()), log.notes(row.visitId()));
    }

    @Override
    public List<VisitRecord.HistoryEntry> historyOf(String ticketId) {
        TicketRow row = rows.find(ticketId).orElseThrow(() -> new NotFoundException("No ticket '" + ticketId + "'"));
        return log.history(row.visitId());
    }

    @Override
    public void setCounterOpen(String counterId, boolean open, String actor) {
        Counter counter =
                directory.counter(counterId).orElseThrow(() -> new NotFoundException("No counter '" + counterId + "'"));
        writes.run(counter.siteId(), now -> {
            boolean wasOpen = directory.counter(counterId).orElseThrow().open();
            if (wasOpen == open) {
                return null; // no change, no sequence number
            }
            directory.setCounterOpen(counterId, open);
            long seq = lock.nextSequence(counter.siteId());
            events.publish(
                    new QueueEvent.CounterStatusChanged(counter.siteId(), seq, now, counterId, open),
                    TicketIssuer.actor(actor));
            return null;
        });
    }

    private Counter openCounter(String counterId) {
        Counter counter =
                directory.counter(counterId).orElseThrow(() -> new NotFoundException("No counter '" + counterId + "'"));
        if (!counter.open()) {
            throw new ConflictException("Counter '" + counterId + "' is closed; open it first");
        }
        return counter;
    }
}
