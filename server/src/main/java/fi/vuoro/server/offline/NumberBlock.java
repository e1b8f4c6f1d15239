package fi.vuoro.server.offline;

import java.time.Instant;
import java.time.LocalDate;

/** A run of numbers leased to one kiosk for one service and business day. */
record NumberBlock(
        String id,
        String deviceId,
        String siteId,
        String serviceId,
        LocalDate serviceDay,
        String prefix,
        int first,
        int last,
        Instant leasedAt) {

    boolean contains(int number) {
        return number >= first && number <= last;
    }
}
