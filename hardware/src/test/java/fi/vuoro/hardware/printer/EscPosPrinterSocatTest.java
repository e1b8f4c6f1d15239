package fi.vuoro.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.RequiredTools;
import fi.vuoro.hardware.emulator.PrinterEmulator;
import fi.vuoro.hardware.escpos.PrinterCondition;
import fi.vuoro.hardware.serial.JsscSerialLink;
import fi.vuoro.hardware.serial.SerialSettings;
import fi.vuoro.hardware.serial.SocatPtyPair;
import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.hardware.ticket.SampleTicket;
import fi.vuoro.hardware.ticket.TicketLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Driver and emulator each on a real jssc link, joined by a socat pty pair: the kiosk path without hardware. */
class EscPosPrinterSocatTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final TicketLayout TICKET = SampleTicket.of(PaperWidth.MM80, LocalDateTime.of(2026, 11, 23, 11, 5));

    @TempDir
    Path dir;

    private SocatPtyPair pair;
    private PrinterEmulator emulator;
    private EscPosPrinter printer;
    private final List<PrinterStatusChanged> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void plugIn() throws IOException {
        RequiredTools.assumeSocat();
        pair = SocatPtyPair.start(dir, "ttyP");
        emulator = new PrinterEmulator(PaperWidth.MM80, Clock.systemUTC());
        emulator.attach(new JsscSerialLink(fastReconnect(pair.deviceEnd())));
        printer = new EscPosPrinter(
                new JsscSerialLink(fastReconnect(pair.hostEnd())),
                PrinterSettings.defaults().withPollInterval(Duration.ofMillis(250)),
                Clock.systemUTC());
        printer.addStatusListener(events::add);
        printer.start();
        Await.until(WAIT, "printer online", () -> printer.status().has(PrinterCondition.ONLINE));
    }

    @AfterEach
    void unplugAll() {
        if (printer != null) printer.close();
        if (emulator != null) emulator.close();
        if (pair != null) pair.close();
    }

    @Test
    void ticketPrintsEndToEndIntoTheEmulator() throws Exception {
        PrintResult result = printer.print(TICKET).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(result.printed()).as(result.detail()).isTrue();
        var tickets = emulator.awaitTickets(1, WAIT);
        assertThat(tickets).hasSize(1);
        assertThat(tickets.getFirst().plainText()).contains("A123").contains("Vänta på din tur");
        assertThat(tickets.getFirst().qrData()).contains(SampleTicket.MOBILE_URL);
        assertThat(emulator.counters().unknownBytes()).isZero();
    }

    @Test
    void paperOutReachesTheDriverWithinOneSecond() throws Exception {
        emulator.paperOut(true);

        Await.until(Duration.ofSeconds(1), "paper-out status event", () -> events.stream()
                .anyMatch(e -> e.current().has(PrinterCondition.PAPER_OUT)));
        PrintResult result = printer.print(TICKET).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(result.reason()).isEqualTo(FailureReason.PAPER_OUT);
    }

    @Test
    void unplugIsSeenWithinTwoSecondsAndReplugReconnectsReinitialisesAndPrints() throws Exception {
        pair.unplug();

        Await.until(Duration.ofSeconds(2), "printer offline after unplug", () -> printer.status()
                .has(PrinterCondition.OFFLINE));
        assertThat(printer.print(TICKET).get(WAIT.toSeconds(), TimeUnit.SECONDS).reason())
                .isIn(FailureReason.LINK_DOWN, FailureReason.NO_RESPONSE);

        pair.replug();
        Await.until(WAIT, "online after replug", () -> printer.status().has(PrinterCondition.ONLINE));
        PrintResult again = printer.print(TICKET).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(again.printed()).as(again.detail()).isTrue();
        assertThat(emulator.awaitTickets(1, WAIT)).hasSize(1);

        // Re-initialised: ASB is on again, so paper-out still arrives without waiting for a poll.
        emulator.paperOut(true);
        Await.until(Duration.ofSeconds(1), "paper out after replug", () -> printer.status()
                .has(PrinterCondition.PAPER_OUT));
    }

    private static SerialSettings fastReconnect(Path path) {
        return SerialSettings.of(path.toString(), 115_200).withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
    }
}
