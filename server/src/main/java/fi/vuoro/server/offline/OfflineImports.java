package fi.vuoro.server.offline;

import fi.vuoro.server.offline.OfflineBodies.ImportResult;
import fi.vuoro.server.offline.OfflineBodies.OfflineTicketItem;
import fi.vuoro.server.queue.OfflineIssuing;
import fi.vuoro.server.queue.OfflineIssuing.OfflineTicket;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.ConflictException;
import fi.vuoro.server.system.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports tickets a kiosk issued offline. Each ticket is its own transaction and gets its own final answer, so one
 * bad ticket never holds back the others: IMPORTED, ALREADY_IMPORTED (a retry: same device and key) or REJECTED
 * with a message. A rejected ticket is never placed, whatever the kiosk sends again.
 */
@Service
public class OfflineImports {

    /** A kiosk clock may run a little fast; more than this and the issue time is not believed. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(OfflineImports.class);

    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final NumberBlocks blocks;
    private final OfflineIssuing issuing;
    private final SiteDirectory directory;
    private final Clock clock;

    OfflineImports(
            TransactionTemplate tx,
            JdbcClient jdbc,
            NumberBlocks blocks,
            OfflineIssuing issuing,
            SiteDirectory directory,
            Clock clock) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.blocks = blocks;
        this.issuing = issuing;
        this.directory = directory;
        this.clock = clock;
    }

    List<ImportResult> importAll(DevicePrincipal device, List<OfflineTicketItem> tickets) {
        var results = new ArrayList<ImportResult>(tickets.size());
        for (OfflineTicketItem item : tickets) {
            results.add(importOne(device, item));
        }
        return results;
    }

    ImportResult importOne(DevicePrincipal device, OfflineTicketItem item) {
        try {
            return attempt(device, item);
        } catch (DataIntegrityViolationException raced) {
            // A concurrent import of the same key or number won; answer from what it stored.
            return earlier(device, item).orElseGet(() -> duplicateNumber(item));
        }
    }

    private ImportResult attempt(DevicePrincipal device, OfflineTicketItem item) {
        Optional<ImportResult> earlier = earlier(device, item);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<NumberBlock> found = blocks.find(item.blockId());
        if (found.isEmpty() || !found.get().siteId().equals(device.siteId())) {
            return rejected(item, "Unknown number block '" + item.blockId() + "'");
        }
        NumberBlock block = found.get();
        String number = OfflineIssuing.format(block.prefix(), item.number());
        if (!block.deviceId().equals(device.deviceId())) {
            return rejected(item, "Block " + block.id() + " belongs to another device");
        }
        if (!block.serviceId().equals(item.serviceId())) {
            return rejected(
                    item,
                    "Block " + block.id() + " is for service '" + block.serviceId() + "', not '" + item.serviceId()
                            + "'");
        }
        if (!block.contains(item.number())) {
            return rejected(
                    item,
                    "Number " + item.number() + " is outside block " + block.id() + " (" + block.first() + "–"
                            + block.last() + ")");
        }
        ZoneId zone = directory.site(block.siteId()).orElseThrow().timeZone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (!block.serviceDay().equals(today)) {
            return rejected(
                    item,
                    number + " is from block of " + block.serviceDay() + "; today's queue (" + today
                            + ") does not take another day's tickets");
        }
        if (!item.issuedAt().atZone(zone).toLocalDate().equals(block.serviceDay())) {
            return rejected(
                    item, number + " says it was issued at " + item.issuedAt() + ", not on " + block.serviceDay());
        }
        if (item.issuedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            return rejected(item, number + " says it was issued at " + item.issuedAt() + ", in the future");
        }
        Optional<String> numberTaken = jdbc.sql(
                        "SELECT idempotency_key FROM offline_ticket" + " WHERE block_id = ? AND block_number = ?")
                .params(block.id(), item.number())
                .query(String.class)
                .optional();
        if (numberTaken.isPresent()) {
            return duplicateNumber(item);
        }
        try {
            return tx.execute(status -> {
                var placed = issuing.place(new OfflineTicket(
                        block.siteId(),
                        block.serviceId(),
                        item.number(),
                        block.serviceDay(),
                        item.language(),
                        item.issuedAt(),
                        "offline:" + block.id() + ":" + item.number(),
                        device.deviceId()));
                jdbc.sql("""
                        INSERT INTO offline_ticket (device_id, idempotency_key, block_id, block_number, ticket_id,
                        issued_at, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                device.deviceId(),
                                item.idempotencyKey(),
                                block.id(),
                                item.number(),
                                placed.ticket().id(),
                                item.issuedAt().atOffset(ZoneOffset.UTC),
                                now.atOffset(ZoneOffset.UTC))
                        .update();
                log.info(
                        "imported offline ticket {} from {} as {}",
                        number,
                        device.deviceId(),
                        placed.ticket().id());
                return new ImportResult(
                        item.idempotencyKey(),
                        ImportResult.IMPORTED,
                        placed.ticket().id(),
                        null);
            });
        } catch (ConflictException | NotFoundException e) {
            return rejected(item, e.getMessage());
        }
    }

    /** The same device sent this key before: the same ticket is a safe retry, another one a misuse of the key. */
    private Optional<ImportResult> earlier(DevicePrincipal device, OfflineTicketItem item) {
        return jdbc.sql("SELECT block_id, block_number, ticket_id FROM offline_ticket"
                        + " WHERE device_id = ? AND idempotency_key = ?")
                .params(device.deviceId(), item.idempotencyKey())
                .query((rs, row) -> rs.getString("block_id").equals(item.blockId())
                                && rs.getInt("block_number") == item.number()
                        ? new ImportResult(
                                item.idempotencyKey(), ImportResult.ALREADY_IMPORTED, rs.getString("ticket_id"), null)
                        : new ImportResult(
                                item.idempotencyKey(),
                                ImportResult.REJECTED,
                                null,
                                "Key " + item.idempotencyKey() + " was already used for number "
                                        + rs.getInt("block_number") + " of block " + rs.getString("block_id")))
                .optional();
    }

    private ImportResult duplicateNumber(OfflineTicketItem item) {
        return rejected(
                item,
                "Number " + item.number() + " of block " + item.blockId()
                        + " was already imported under another key (duplicate number)");
    }

    private ImportResult rejected(OfflineTicketItem item, String message) {
        log.warn("offline ticket {} rejected: {}", item.idempotencyKey(), message);
        return new ImportResult(item.idempotencyKey(), ImportResult.REJECTED, null, message);
    }
}
