package fi.vuoro.server.feedback;

import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.TicketLookup;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.InvalidInputException;
import fi.vuoro.server.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a visitor's rating of today's visit. The public entry point for every channel: the kiosk API, the mobile
 * ticket page, staff. One answer per visit and channel; a later one replaces it (last wins), and each recorded
 * answer is published as {@link FeedbackRecorded} once committed.
 */
@Service
public class FeedbackService {

    private static final List<String> REASON_CODES =
            Arrays.stream(FeedbackReason.values()).map(Enum::name).toList();

    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final QueueReader reader;
    private final TicketLookup lookup;
    private final SiteDirectory directory;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    FeedbackService(
            TransactionTemplate tx,
            JdbcClient jdbc,
            QueueReader reader,
            TicketLookup lookup,
            SiteDirectory directory,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.reader = reader;
        this.lookup = lookup;
        this.directory = directory;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException rating outside 1–5, unknown reason, no channel, neither ticket nor number
     * @throws NotFoundException no such ticket (of today, for a number)
     * @throws ConflictException the ticket belongs to another site or another day
     */
    public FeedbackReceipt record(FeedbackSubmission submission) {
        if (submission.rating() < 1 || submission.rating() > 5) {
            throw new InvalidInputException("rating must be 1 (very poor) … 5 (very good), was " + submission.rating());
        }
        if (submission.channel() == null) {
            throw new InvalidInputException("channel is required: one of " + List.of(FeedbackChannel.values()));
        }
        var reasons = new LinkedHashSet<String>();
        for (String reason : submission.reasons()) {
            if (!REASON_CODES.contains(reason)) {
                throw new InvalidInputException("Unknown reason '" + reason + "'; use any of " + REASON_CODES);
            }
            reasons.add(reason);
        }
        TicketView ticket = ticketOf(submission);
        Site site = directory.site(ticket.siteId()).orElseThrow();
        if (submission.language() != null && !site.languages().contains(submission.language())) {
            throw new InvalidInputException("Language '" + submission.language()
                    + "' is not offered at this site; use one of " + site.languages());
        }
        LocalDate today = clock.instant().atZone(site.timeZone()).toLocalDate();
        LocalDate day = lookup.businessDayOf(ticket.id()).orElse(today);
        if (!day.equals(today)) {
            throw new ConflictException(
                    "Ticket " + ticket.number() + " is from " + day + "; feedback is taken for today's visits only");
        }
        var stored = List.copyOf(reasons);
        try {
            return store(submission, ticket, stored);
        } catch (DuplicateKeyException raced) {
            // Two answers for the same visit and channel at once: the second becomes a replacement.
            return store(submission, ticket, stored);
        }
    }

    private FeedbackReceipt store(FeedbackSubmission submission, TicketView ticket, List<String> reasons) {
        return tx.execute(status -> {
            Instant now = clock.instant();
            Optional<String> earlier = jdbc.sql("SELECT id FROM feedback WHERE visit_id = ? AND channel = ?")
                    .params(ticket.visitId(), submission.channel().name())
                    .query(String.class)
                    .optional();
            String id = earlier.orElseGet(() -> UUID.randomUUID().toString());
            if (earlier.isPresent()) {
                jdbc.sql("UPDATE feedback SET ticket_id = ?, rating = ?, reasons = ?, language = ?, recorded_at = ?"
                                + " WHERE id = ?")
                        .params(
                                ticket.id(),
                                submission.rating(),
                                String.join(",", reasons),
                                submission.language(),
                                now.atOffset(ZoneOffset.UTC),
                                id)
                        .update();
            } else {
                jdbc.sql("""
                        INSERT INTO feedback (id, site_id, ticket_id, visit_id, rating, reasons, channel, language,
                        recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                id,
                                ticket.siteId(),
                                ticket.id(),
                                ticket.visitId(),
                                submission.rating(),
                                String.join(",", reasons),
                                submission.channel().name(),
                                submission.language(),
                                now.atOffset(ZoneOffset.UTC))
                        .update();
            }
            afterCommit(new FeedbackRecorded(
                    ticket.siteId(), ticket.id(), ticket.visitId(), submission.rating(), reasons, now));
            return new FeedbackReceipt(id, ticket.siteId(), ticket.id(), ticket.visitId(), earlier.isPresent());
        });
    }

    private TicketView ticketOf(FeedbackSubmission submission) {
        if (submission.ticketId() != null && !submission.ticketId().isBlank()) {
            TicketView ticket = reader.find(submission.ticketId())
                    .orElseThrow(() -> new NotFoundException("No ticket '" + submission.ticketId() + "'"));
            if (submission.siteId() != null && !submission.siteId().equals(ticket.siteId())) {
                throw new ConflictException("Ticket " + ticket.number() + " belongs to another site");
            }
            return ticket;
        }
        if (submission.siteId() == null
                || submission.number() == null
                || submission.number().isBlank()) {
            throw new InvalidInputException("Name the visit: ticketId, or siteId and the ticket's number");
        }
        return lookup.today(submission.siteId(), submission.number())
                .orElseThrow(() -> new NotFoundException(
                        "No ticket " + submission.number().strip() + " today at site '" + submission.siteId() + "'"));
    }

    private void afterCommit(FeedbackRecorded event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publisher.publishEvent(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publisher.publishEvent(event);
            }
        });
    }
}
