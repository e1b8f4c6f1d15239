package fi.vuoro.kiosk.offline;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.flow.MutableClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineStoreTest {

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    final LocalDate today = LocalDate.of(2026, 11, 23);

    private OfflineStore.Block block(String id, String service, int first, int last) {
        return new OfflineStore.Block(id, service, today, "L", first, last, null);
    }

    @Test
    void issuesUpwardsFromTodaysBlocksAndNeverTheSameNumberTwice() {
        try (var store = OfflineStore.open(dir, clock)) {
            assertThat(store.issue("k0", "lab", "fi")).as("no block yet").isEmpty();
            store.addBlock(block("b1", "lab", 141, 143));
            store.addBlock(block("b2", "lab", 170, 171));
            assertThat(store.remaining("lab")).isEqualTo(5);
            var numbers = List.of("k1", "k2", "k3", "k4", "k5").stream()
                    .map(k -> store.issue(k, "lab", "sv").orElseThrow().displayNumber())
                    .toList();
            assertThat(numbers).containsExactly("L141", "L142", "L143", "L170", "L171");
            assertThat(store.issue("k6", "lab", "sv")).isEmpty();
            assertThat(store.remaining("lab")).isZero();
            // A retried touch with the same key gets its ticket back, not a new number.
            assertThat(store.issue("k2", "lab", "sv").orElseThrow().number()).isEqualTo(142);
            assertThat(store.remaining("gp")).isZero();
        }
    }

    /**
     * The kiosk's clock runs in UTC, the site is in Helsinki (UTC+2 in November): from 22:00 UTC the site is on the
     * next day. With the zone the server names in each lease the kiosk issues from the site's day, and a block of
     * the site's yesterday stays unused even while the kiosk's own date still says it is today.
     */
    @Test
    void businessDaysFollowTheSiteZoneTheServerNamedNotTheKioskClock() {
        var helsinki = java.time.ZoneId.of("Europe/Helsinki");
        var tuesday = today.plusDays(1);
        clock.advance(Duration.ofHours(14).plusMinutes(30)); // 22:30 UTC on the 23rd = 00:30 on the 24th in Helsinki
        try (var store = OfflineStore.open(dir, clock)) {
            store.addBlock(new OfflineStore.Block("b24", "lab", tuesday, "L", 1, 10, helsinki));
            assertThat(store.issue("k1", "lab", "fi").orElseThrow().serviceDay())
                    .isEqualTo(tuesday);
        }
        clock.advance(Duration.ofDays(1)); // 22:30 UTC on the 24th: the kiosk's date is the 24th, the site's the 25th
        try (var store = OfflineStore.open(dir, clock)) {
            assertThat(store.remaining("lab")).as("the site's yesterday").isZero();
            assertThat(store.issue("k2", "lab", "fi")).isEmpty();
            store.addBlock(new OfflineStore.Block("b25", "lab", tuesday.plusDays(1), "L", 1, 10, helsinki));
            assertThat(store.issue("k3", "lab", "fi").orElseThrow().blockId()).isEqualTo("b25");
        }
    }

    @Test
    void yesterdaysBlocksAreNotUsedAndAreDroppedOnceEveryTicketIsSettled() {
        try (var store = OfflineStore.open(dir, clock)) {
            store.addBlock(block("b1", "lab", 1, 10));
            store.issue("k1", "lab", "fi").orElseThrow();
        }
        clock.advance(Duration.ofDays(1));
        try (var store = OfflineStore.open(dir, clock)) {
            assertThat(store.remaining("lab")).isZero();
            assertThat(store.issue("k2", "lab", "fi")).isEmpty();
            // Unanswered: kept, however old, until the server answers.
            assertThat(store.pending())
                    .extracting(OfflineStore.OfflineTicket::key)
                    .containsExactly("k1");
            store.settle(new OfflineStore.Settlement("k1", "REJECTED", null, "another day"));
        }
        try (var store = OfflineStore.open(dir, clock)) {
            assertThat(store.tickets()).isEmpty();
            assertThat(store.pending()).isEmpty();
        }
    }

    @Test
    void pendingUntilAFinalAnswerAndEverythingSurvivesAReopen() {
        try (var store = OfflineStore.open(dir, clock)) {
            store.addBlock(block("b1", "lab", 141, 160));
            store.issue("k1", "lab", "fi");
            clock.advance(Duration.ofSeconds(30));
            store.issue("k2", "lab", "en");
            store.settle(new OfflineStore.Settlement("k1", "IMPORTED", "t-1", null));
            store.settle(new OfflineStore.Settlement("unknown-key", "IMPORTED", "t-x", null));
        }
        try (var store = OfflineStore.open(dir, clock)) {
            assertThat(store.pending())
                    .extracting(OfflineStore.OfflineTicket::key)
                    .containsExactly("k2");
            assertThat(store.settlement("k1").orElseThrow().ticketId()).isEqualTo("t-1");
            assertThat(store.settlement("unknown-key")).isEmpty();
            assertThat(store.issue("k3", "lab", "fi").orElseThrow().number()).isEqualTo(143);
            assertThat(store.damagedAtOpen()).isZero();
        }
    }

    @Test
    void aTornLastRecordIsCutOffAndEarlierRecordsAndLaterAppendsAreKept() throws Exception {
        try (var store = OfflineStore.open(dir, clock)) {
            store.addBlock(block("b1", "lab", 1, 50));
            store.issue("k1", "lab", "fi");
        }
        var file = dir.resolve(OfflineStore.FILE);
        var complete = OfflineJournal.line(new JournalRecord(
                "TICKET",
                "b1",
                "lab",
                today,
                "L",
                null,
                null,
                "torn",
                2,
                "fi",
                clock.instant(),
                null,
                null,
                null,
                null));
        // Half a record without its newline: the write a power cut interrupted.
        Files.write(file, java.util.Arrays.copyOf(complete, complete.length / 2), StandardOpenOption.APPEND);
        try (var store = OfflineStore.open(dir, clock)) {
            assertThat(store.damagedAtOpen()).isEqualTo(1);
            assertThat(store.tickets())
                    .extracting(OfflineStore.OfflineTicket::key)
                    .containsExactly("k1");
            assertThat(store.issue("k2", "lab", "fi").orElseThrow().number()).isEqualTo(2);
        }
        try (var store = OfflineStore.open(dir, clock)) {
            assertThat(store.damagedAtOpen()).isZero();
            assertThat(store.tickets())
                    .extracting(OfflineStore.OfflineTicket::key)
                    .containsExactly("k1", "k2");
        }
        // A line whose checksum does not match (a flipped bit) is skipped, not trusted.
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        var flipped = lines.get(1).replace("\"number\":1", "\"number\":7");
        Files.write(file, List.of(lines.get(0), flipped, lines.get(2)), StandardCharsets.UTF_8);
        try (var store = OfflineStore.open(dir, clock)) {
            assertThat(store.damagedAtOpen()).isEqualTo(1);
            assertThat(store.tickets())
                    .extracting(OfflineStore.OfflineTicket::key)
                    .containsExactly("k2");
        }
    }

    @Test
    void aKioskKilledMidIssueLosesNoAcknowledgedTicket() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        JournalWriterProcess.class.getName(),
                        dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        var acknowledged = new LinkedHashMap<String, Integer>();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && acknowledged.size() < 300) {
                if (!line.startsWith("ACK ")) continue;
                var parts = line.split(" ");
                acknowledged.put(parts[1], Integer.parseInt(parts[2]));
            }
            // SIGKILL while it is still writing: no shutdown hook, no close, no flush.
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSize(300);
        try (var store = OfflineStore.open(dir, clock)) {
            var stored = new LinkedHashMap<String, Integer>();
            store.tickets().forEach(t -> stored.put(t.key(), t.number()));
            assertThat(stored).containsAllEntriesOf(acknowledged);
            assertThat(new HashSet<>(stored.values())).hasSize(stored.size());
            System.out.printf(
                    "kill -9 journal test: %d acknowledged, %d on disk after reopen, %d torn lines cut%n",
                    acknowledged.size(), stored.size(), store.damagedAtOpen());
        }
    }
}
