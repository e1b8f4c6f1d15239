package fi.vuoro.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.emulator.PrinterEmulator;
import fi.vuoro.hardware.escpos.PrinterCondition;
import fi.vuoro.hardware.serial.InMemorySerialLink;
import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.hardware.ticket.SampleTicket;
import fi.vuoro.hardware.ticket.TicketLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The driver against the emulator over an in-memory cable: the real parser and status replies, no mocks. */
class EscPosPrinterTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final TicketLayout TICKET = SampleTicket.of(PaperWidth.MM80, LocalDateTime.of(2026, 11, 23, 11, 5));

    private final InMemorySerialLink[] cable = InMemorySerialLink.pair("printer");
    private final PrinterEmulator emulator = new PrinterEmulator(PaperWidth.MM80, Clock.systemUTC());
    private final List<PrinterStatusChanged> events = new CopyOnWriteArrayList<>();
    private EscPosPrinter printer;

    private void start(PrinterSettings settings) {
        emulator.attach(cable[1]);
        printer = new EscPosPrinter(cable[0], settings, Clock.systemUTC());
        printer.addStatusListener(events::add);
        printer.start();
        Await.until(WAIT, "printer online", () -> printer.status().has(PrinterCondition.ONLINE));
    }

    @AfterEach
    void stop() {
        if (printer != null) printer.close();
    }

    private PrintResult print(TicketLayout ticket) throws Exception {
        return printer.print(ticket).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void printsATicketThatTheEmulatorReceives() throws Exception {
        start(PrinterSettings.defaults());

        PrintResult result = print(TICKET);

        assertThat(result.printed()).isTrue();
        assertThat(result.bytesSent()).isBetween(200, 1536);
        var tickets = emulator.awaitTickets(1, WAIT);
        assertThat(tickets).hasSize(1);
        assertThat(tickets.getFirst().plainText()).contains("A123").contains("Yleislääkäri / Allmänläkare");
        assertThat(tickets.getFirst().qrData()).contains(SampleTicket.MOBILE_URL);
        assertThat(emulator.counters().unknownBytes()).isZero();
        assertThat(emulator.counters().statusRequests()).isGreaterThanOrEqualTo(6); // before and after the job
    }

    @Test
    void paperOutFailsTheJobWithoutSendingItAndRaisesAStatusEvent() throws Exception {
        start(PrinterSettings.defaults());

        emulator.paperOut(true);
        // With automatic status back the event arrives without a poll.
        Await.until(WAIT, "paper-out event", () -> events.stream()
                .anyMatch(e -> e.current().has(PrinterCondition.PAPER_OUT)));
        PrintResult result = print(TICKET);

        assertThat(result.outcome()).isEqualTo(PrintResult.Outcome.FAILED);
        assertThat(result.reason()).isEqualTo(FailureReason.PAPER_OUT);
        assertThat(result.bytesSent()).isZero();
        assertThat(emulator.counters().ticketsPrinted()).isZero();

        emulator.paperOut(false);
        Await.until(WAIT, "back online", () -> printer.status().canPrint());
        assertThat(print(TICKET).printed()).isTrue();
    }

    @Test
    void pollingFindsPaperOutWhenAutomaticStatusBackIsOff() {
        start(PrinterSettings.defaults().withAutomaticStatusBack(false).withPollInterval(Duration.ofMillis(100)));

        emulator.paperOut(true);

        Await.until(Duration.ofSeconds(1), "paper out by polling", () -> printer.status()
                .has(PrinterCondition.PAPER_OUT));
        assertThat(events).anyMatch(e -> e.current().has(PrinterCondition.PAPER_OUT));
    }

    @Test
    void paperRunningOutWhilePrintingFailsAfterSendingAndSaysSo() throws Exception {
        start(PrinterSettings.defaults());
        emulator.onTicket(ticket -> emulator.paperOut(true)); // the roll ends on this ticket

        PrintResult result = print(TICKET);

        assertThat(result.reason()).isEqualTo(FailureReason.PAPER_OUT);
        assertThat(result.bytesSent()).isPositive();
        assertThat(result.detail()).contains("may be incomplete");
    }

    @Test
    void coverOpenFailsTheJob() throws Exception {
        start(PrinterSettings.defaults());
        emulator.coverOpen(true);

        assertThat(print(TICKET).reason()).isEqualTo(FailureReason.COVER_OPEN);
    }

    @Test
    void aSilentPrinterFailsWithNoResponseAndUnknownStatus() throws Exception {
        start(PrinterSettings.defaults());
        emulator.silent(true);

        PrintResult result = print(TICKET);

        assertThat(result.reason()).isEqualTo(FailureReason.NO_RESPONSE);
        assertThat(printer.status().has(PrinterCondition.UNKNOWN)).isTrue();
        assertThat(emulator.counters().ticketsPrinted()).isZero();
    }

    @Test
    void linkDownFailsTheJobAndReplugReinitialisesAndPrintsAgain() throws Exception {
        start(PrinterSettings.defaults());

        cable[0].unplug();
        PrintResult result = print(TICKET);

        assertThat(result.reason()).isEqualTo(FailureReason.LINK_DOWN);
        assertThat(printer.status().has(PrinterCondition.OFFLINE)).isTrue();

        long requestsBefore = emulator.counters().statusRequests();
        cable[0].replug();
        Await.until(WAIT, "online after replug", () -> printer.status().has(PrinterCondition.ONLINE));
        // Automatic status back can report ONLINE before the re-init's own status poll reaches the emulator.
        Await.until(
                WAIT, "status polled after replug", () -> emulator.counters().statusRequests() > requestsBefore);
        assertThat(emulator.counters().statusRequests()).isGreaterThan(requestsBefore); // re-init polled
        assertThat(print(TICKET).printed()).isTrue();
        assertThat(emulator.awaitTickets(1, WAIT)).hasSize(1);
    }

    @Test
    void unprintableTextFailsWithEncodingAndSaysWhat() throws Exception {
        start(PrinterSettings.defaults());
        var cyrillic = new TicketLayout(
                "Vuoro",
                "B7",
                "Терапевт",
                null,
                null,
                LocalDateTime.of(2026, 11, 23, 11, 5),
                null,
                null,
                null,
                null,
                PaperWidth.MM80,
                null);

        PrintResult result = print(cyrillic);

        assertThat(result.reason()).isEqualTo(FailureReason.ENCODING);
        assertThat(result.detail()).contains("CYRILLIC CAPITAL LETTER TE");
        assertThat(result.report().unprintable()).hasSize(8);
        assertThat(emulator.counters().ticketsPrinted()).isZero();
    }

    @Test
    void concurrentJobsAreSerialisedAndAllPrintInOrder() throws Exception {
        start(PrinterSettings.defaults());
        var futures = new ArrayList<java.util.concurrent.CompletableFuture<PrintResult>>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 5; i++) {
            var layout = new TicketLayout(
                    null, "A" + i, null, null, null, TICKET.issuedAt(), null, null, null, null, PaperWidth.MM80, null);
            futures.add(null);
            int slot = i;
            threads.add(Thread.ofPlatform().start(() -> futures.set(slot, printer.print(layout))));
        }
        for (var t : threads) t.join();
        for (var f : futures)
            assertThat(f.get(WAIT.toSeconds(), TimeUnit.SECONDS).printed()).isTrue();

        var tickets = emulator.awaitTickets(5, WAIT);
        assertThat(tickets).hasSize(5);
        // Each ticket is whole: exactly one number on each, none interleaved with another's bytes.
        assertThat(tickets)
                .allSatisfy(t -> assertThat(t.plainText().strip()).matches("A[0-4](\\s+23\\.11\\.2026 11:05)?"));
        assertThat(tickets.stream()
                        .map(t -> t.plainText().strip().substring(0, 2))
                        .distinct())
                .hasSize(5);
    }
}
