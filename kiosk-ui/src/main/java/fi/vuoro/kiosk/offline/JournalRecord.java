package fi.vuoro.kiosk.offline;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One line of the offline journal. Flat on purpose: the file stays readable with {@code less} when a technician
 * needs to know what the kiosk did during an outage.
 *
 * @param type {@link #BLOCK}, {@link #TICKET} or {@link #SETTLED}
 */
record JournalRecord(
        String type,
        String blockId,
        String serviceId,
        LocalDate serviceDay,
        String prefix,
        Integer first,
        Integer last,
        String key,
        Integer number,
        String language,
        Instant at,
        String status,
        String ticketId,
        String message,
        String timeZone) {

    static final String BLOCK = "BLOCK";
    static final String TICKET = "TICKET";
    static final String SETTLED = "SETTLED";

    static JournalRecord block(OfflineStore.Block b, Instant at) {
        return new JournalRecord(
                BLOCK,
                b.blockId(),
                b.serviceId(),
                b.serviceDay(),
                b.prefix(),
                b.first(),
                b.last(),
                null,
                null,
                null,
                at,
                null,
                null,
                null,
                b.timeZone() == null ? null : b.timeZone().getId());
    }

    static JournalRecord ticket(OfflineStore.OfflineTicket t) {
        return new JournalRecord(
                TICKET,
                t.blockId(),
                t.serviceId(),
                t.serviceDay(),
                t.prefix(),
                null,
                null,
                t.key(),
                t.number(),
                t.language(),
                t.issuedAt(),
                null,
                null,
                null,
                null);
    }

    /**
     * A site's zone as a lease answer or a journal line names it; {@code null} when there is none or it names no zone
     * this JVM knows (garbage in the journal is never fatal).
     */
    static ZoneId zone(String id) {
        if (id == null) return null;
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static JournalRecord settled(OfflineStore.Settlement s, Instant at) {
        return new JournalRecord(
                SETTLED,
                null,
                null,
                null,
                null,
                null,
                null,
                s.key(),
                null,
                null,
                at,
                s.status(),
                s.ticketId(),
                s.message(),
                null);
    }
}
