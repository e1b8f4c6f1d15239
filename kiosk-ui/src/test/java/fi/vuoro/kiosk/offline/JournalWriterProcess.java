package fi.vuoro.kiosk.offline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Run in its own JVM by {@link OfflineStoreTest}: issues tickets as fast as it can and prints {@code ACK key number}
 * after each {@code issue} returned, i.e. after the kiosk would have shown the number. The test kills it with
 * SIGKILL mid-stream.
 */
public final class JournalWriterProcess {

    public static void main(String[] args) {
        var dir = Path.of(args[0]);
        try (var store = OfflineStore.open(dir, Clock.systemDefaultZone())) {
            var today = LocalDate.now();
            store.addBlock(new OfflineStore.Block("crash-block", "lab", today, "L", 1, 100_000, null));
            System.out.println("READY");
            System.out.flush();
            while (true) {
                var key = UUID.randomUUID().toString();
                var ticket = store.issue(key, "lab", "fi").orElseThrow();
                System.out.println("ACK " + key + " " + ticket.number());
                System.out.flush();
            }
        }
    }
}
