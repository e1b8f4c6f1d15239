package fi.vuoro.server.queue.internal;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered ids (UUID version 7 layout: 48-bit Unix milliseconds, then a per-process counter, then random bits),
 * so that ordering by id is issue order. The call policy's last tie-break is the id: tickets with equal line times
 * are called in the order they were issued, not in a random one.
 */
final class TicketIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long counter;

    private TicketIds() {}

    static synchronized String next() {
        long millis = System.currentTimeMillis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = 0;
        } else if (++counter > 0xFFF) {
            // 4,096 ids in one millisecond: borrow the next millisecond so the order holds.
            lastMillis++;
            counter = 0;
        }
        long high = (lastMillis << 16) | 0x7000L | counter;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
