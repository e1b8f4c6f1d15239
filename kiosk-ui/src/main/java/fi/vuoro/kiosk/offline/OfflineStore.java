package fi.vuoro.kiosk.offline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kiosk's durable memory for offline issuing: leased number blocks, tickets issued from them, and the server's
 * final answer for each. Every change is journalled ({@link OfflineJournal}) before the method returns, so a number
 * shown or printed is on the disk and can never be given out twice, and a ticket is forgotten only after the server
 * answered for it. The state is rebuilt from the journal at open; records of past days that are fully settled are
 * compacted away then.
 */
public final class OfflineStore implements AutoCloseable {

    /** Journal file name inside the kiosk's data directory. */
    public static final String FILE = "offline-journal.log";

    /**
     * @param timeZone the site's time zone as the server said it with the lease; {@code null} from servers that did
     *     not say (and journal lines written before they did)
     */
    public record Block(
            String blockId,
            String serviceId,
            LocalDate serviceDay,
            String prefix,
            int first,
            int last,
            ZoneId timeZone) {
        int size() {
            return last - first + 1;
        }
    }

    public record OfflineTicket(
            String key,
            String blockId,
            String serviceId,
            LocalDate serviceDay,
            String prefix,
            int number,
            String language,
            Instant issuedAt) {

        /** As printed: L001 … L999, then L1000, like the server. */
        public String displayNumber() {
            return prefix + (number < 1000 ? String.format("%03d", number) : Integer.toString(number));
        }
    }

    /** @param status IMPORTED, ALREADY_IMPORTED or REJECTED (with {@code message}) */
    public record Settlement(String key, String status, String ticketId, String message) {}

    private final OfflineJournal journal;
    private final Clock clock;
    private final int damagedAtOpen;
    private final Map<String, Block> blocks = new LinkedHashMap<>();
    private final Map<String, OfflineTicket> tickets = new LinkedHashMap<>();
    private final Map<String, Settlement> settlements = new LinkedHashMap<>();

    private OfflineStore(OfflineJournal.Replay replay, Clock clock) {
        this.journal = replay.journal();
        this.clock = clock;
        this.damagedAtOpen = replay.damaged();
        for (var record : replay.records()) apply(record);
    }

    public static OfflineStore open(Path dataDir, Clock clock) {
        var store = new OfflineStore(OfflineJournal.open(dataDir.resolve(FILE)), clock);
        store.compact();
        return store;
    }

    private void apply(JournalRecord r) {
        switch (r.type()) {
            case JournalRecord.BLOCK ->
                blocks.put(
                        r.blockId(),
                        new Block(
                                r.blockId(),
                                r.serviceId(),
                                r.serviceDay(),
                                r.prefix(),
                                r.first(),
                                r.last(),
                                JournalRecord.zone(r.timeZone())));
            case JournalRecord.TICKET ->
                tickets.put(
                        r.key(),
                        new OfflineTicket(
                                r.key(),
                                r.blockId(),
                                r.serviceId(),
                                r.serviceDay(),
                                r.prefix(),
                                r.number(),
                                r.language(),
                                r.at()));
            case JournalRecord.SETTLED ->
                settlements.put(r.key(), new Settlement(r.key(), r.status(), r.ticketId(), r.message()));
            default -> {
                // A record type from a newer kiosk version: kept out of the state, never fatal.
            }
        }
    }

    private void record(JournalRecord r) {
        journal.append(r);
        apply(r);
    }

    public synchronized void addBlock(Block block) {
        if (!blocks.containsKey(block.blockId())) {
            record(JournalRecord.block(block, clock.instant()));
        }
    }

    /**
     * Gives the next free number of today's blocks for the service, written to the disk before it returns. The same
     * {@code key} again returns the ticket already issued for it (a retried touch never takes a second number).
     *
     * @return empty when no block of today has a number left
     */
    public synchronized Optional<OfflineTicket> issue(String key, String serviceId, String language) {
        var earlier = tickets.get(key);
        if (earlier != null) return Optional.of(earlier);
        var today = serviceDay();
        for (var block : todaysBlocks(serviceId, today)) {
            int next = nextFree(block);
            if (next <= block.last()) {
                var ticket = new OfflineTicket(
                        key,
                        block.blockId(),
                        serviceId,
                        block.serviceDay(),
                        block.prefix(),
                        next,
                        language,
                        clock.instant());
                record(JournalRecord.ticket(ticket));
                return Optional.of(ticket);
            }
        }
        return Optional.empty();
    }

    /** Numbers still free in today's blocks of the service. */
    public synchronized int remaining(String serviceId) {
        int free = 0;
        for (var block : todaysBlocks(serviceId, serviceDay())) {
            free += Math.max(0, block.last() - nextFree(block) + 1);
        }
        return free;
    }

    /** Issued offline and not yet answered by the server, oldest first. */
    public synchronized List<OfflineTicket> pending() {
        return tickets.values().stream()
                .filter(t -> !settlements.containsKey(t.key()))
                .sorted(Comparator.comparing(OfflineTicket::issuedAt))
                .toList();
    }

    public synchronized List<OfflineTicket> tickets() {
        return List.copyOf(tickets.values());
    }

    public synchronized Optional<Settlement> settlement(String key) {
        return Optional.ofNullable(settlements.get(key));
    }

    /** Records the server's final answer; a ticket is only ever forgotten after this. */
    public synchronized void settle(Settlement settlement) {
        if (tickets.containsKey(settlement.key()) && !settlements.containsKey(settlement.key())) {
            record(JournalRecord.settled(settlement, clock.instant()));
        }
    }

    /** Damaged or torn lines found when the journal was opened (a torn last line is a crash mid-write). */
    public int damagedAtOpen() {
        return damagedAtOpen;
    }

    /**
     * The site's business day now. The server reckons days in the site's time zone, which the kiosk's clock need not
     * share (a kiosk clock in UTC and a site in Helsinki disagree between 22:00 and 24:00 UTC), and names that zone
     * with every lease: the newest lease's zone decides. Before any lease that named one (an older server, or an old
     * journal), the newest leased day when that is today or tomorrow by this machine's date (never a past day:
     * yesterday's blocks stay unused), otherwise the local date.
     */
    private LocalDate serviceDay() {
        ZoneId siteZone = null;
        for (var block : blocks.values()) {
            if (block.timeZone() != null) siteZone = block.timeZone(); // in lease order: the last one wins
        }
        if (siteZone != null) return LocalDate.ofInstant(clock.instant(), siteZone);
        var local = LocalDate.now(clock);
        return blocks.values().stream()
                .map(Block::serviceDay)
                .max(LocalDate::compareTo)
                .filter(day -> !day.isBefore(local) && !day.isAfter(local.plusDays(1)))
                .orElse(local);
    }

    private List<Block> todaysBlocks(String serviceId, LocalDate today) {
        return blocks.values().stream()
                .filter(b -> b.serviceId().equals(serviceId) && b.serviceDay().equals(today))
                .sorted(Comparator.comparingInt(Block::first))
                .toList();
    }

    /** Numbers are handed out upwards; one above the highest used, so a number is never reused even after gaps. */
    private int nextFree(Block block) {
        int highest = block.first() - 1;
        for (var t : tickets.values()) {
            if (t.blockId().equals(block.blockId())) highest = Math.max(highest, t.number());
        }
        return highest + 1;
    }

    /** Drops past days' blocks and tickets once every ticket of them has its final answer. */
    private synchronized void compact() {
        var today = serviceDay();
        var keepBlocks = new ArrayList<String>();
        for (var block : blocks.values()) {
            boolean unsettled = tickets.values().stream()
                    .anyMatch(t -> t.blockId().equals(block.blockId()) && !settlements.containsKey(t.key()));
            if (!block.serviceDay().isBefore(today) || unsettled) keepBlocks.add(block.blockId());
        }
        if (keepBlocks.size() == blocks.size()) return;
        var kept = new ArrayList<JournalRecord>();
        var now = clock.instant();
        for (var id : keepBlocks) kept.add(JournalRecord.block(blocks.get(id), now));
        for (var t : tickets.values()) {
            if (keepBlocks.contains(t.blockId())) {
                kept.add(JournalRecord.ticket(t));
                var s = settlements.get(t.key());
                if (s != null) kept.add(JournalRecord.settled(s, now));
            }
        }
        journal.rewrite(kept);
        blocks.keySet().retainAll(keepBlocks);
        tickets.values().removeIf(t -> !keepBlocks.contains(t.blockId()));
        settlements.keySet().retainAll(tickets.keySet());
    }

    @Override
    public void close() {
        journal.close();
    }
}
