package fi.vuoro.kiosk.devices;

import static fi.vuoro.kiosk.testing.Await.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.printer.PrinterSettings;
import fi.vuoro.hardware.reader.CardNumberHasher;
import fi.vuoro.hardware.reader.ReaderKind;
import fi.vuoro.kiosk.i18n.KioskI18NProvider;
import fi.vuoro.kiosk.printing.SerialTicketPrinter;
import fi.vuoro.kiosk.server.DeviceCommand;
import fi.vuoro.kiosk.server.InMemoryQueueGateway;
import fi.vuoro.kiosk.testing.RequiredTools;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintOutcome;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintableTicket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's device layer over real ptys: socat pairs, the hardware module's emulators on the device ends, jssc on
 * the kiosk ends (printer at 115,200 baud). No Spring, no browser.
 */
class KioskDevicesSocatTest {

    private static final String KEY = "dnVvcm8tZGVtby1jYXJkLWtleS1ub3QtYS1zZWNyZXQ=";

    @TempDir
    Path printed;

    DemoDevices demo;
    KioskDevices devices;
    InMemoryQueueGateway gateway;
    final List<DeviceRead> reads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        RequiredTools.assumeSocat();
        demo = DemoDevices.start(printed, Clock.systemDefaultZone());
        gateway = new InMemoryQueueGateway(Clock.systemDefaultZone());
        devices = new KioskDevices(
                demo::config,
                Optional::empty,
                CardNumberHasher.fromBase64(KEY),
                Clock.systemDefaultZone(),
                PrinterSettings.defaults());
        devices.onRead(reads::add);
        devices.start();
        awaitTrue(
                Duration.ofSeconds(20),
                "all devices up",
                () -> devices.status().printer().equals("OK")
                        && devices.status().cardReader().equals("OK")
                        && devices.status().scanner().equals("OK"));
    }

    @AfterEach
    void close() {
        if (devices != null) devices.close();
        if (demo != null) demo.close();
    }

    @Test
    void aTapGivesTheKeyedHashNeverTheNumberAndABadFrameIsUnreadable() throws Exception {
        // One at a time: each reader has its own link thread, so reads of different readers may overtake.
        demo.tap("0008844356");
        awaitTrue(Duration.ofSeconds(10), "the tap", () -> reads.size() >= 1);
        demo.unreadableCard();
        awaitTrue(Duration.ofSeconds(10), "the bad frame", () -> reads.size() >= 2);
        demo.scan("APT-1001");
        awaitTrue(Duration.ofSeconds(10), "the scan", () -> reads.size() >= 3);

        var card = (DeviceRead.CardTapped) reads.get(0);
        assertThat(card.cardHash()).isEqualTo(CardNumberHasher.fromBase64(KEY).hash("0008844356"));
        assertThat(card.masked()).isEqualTo("••••4356");
        assertThat(card.toString()).doesNotContain("0008844356");
        assertThat(reads.get(1)).isEqualTo(new DeviceRead.Unreadable(ReaderKind.RDM6300));
        assertThat(reads.get(2)).isEqualTo(new DeviceRead.CodeScanned("APT-1001"));
    }

    @Test
    void ticketsPrintAndPaperOutIsReportedAndNamedOnTheTicketScreen() throws Exception {
        var printer = new SerialTicketPrinter(devices, new KioskI18NProvider(), Clock.systemDefaultZone());
        var ticket = new PrintableTicket(
                "L042",
                "Laboratorio",
                "Noin 20 min, noin klo 10.45",
                "Kerros 2, huone 204",
                "http://localhost:8080/ticket/abc",
                "fi",
                Instant.parse("2026-11-23T08:00:00Z"),
                false);

        assertThat(printer.print(ticket)).isEqualTo(PrintOutcome.PRINTED);
        var paper = demo.printer().awaitTickets(1, Duration.ofSeconds(10)).getFirst();
        assertThat(paper.plainText()).contains("L042", "Laboratorio", "Kerros 2, huone 204");
        assertThat(paper.qrData()).contains("http://localhost:8080/ticket/abc");

        var reporter = new StatusReporter(devices, gateway, Duration.ofSeconds(30), Clock.systemDefaultZone());
        reporter.start();
        try {
            demo.printerState("paper-out");
            // As in a lobby: the paper ran out before the next visitor came (the driver heard it via ASB).
            awaitTrue(Duration.ofSeconds(10), "printer out of paper", () -> devices.status()
                    .printer()
                    .equals("PAPER_OUT"));
            assertThat(printer.print(ticket)).isEqualTo(PrintOutcome.PAPER_OUT);
            awaitTrue(Duration.ofSeconds(10), "PAPER_OUT reported", () -> gateway.statusReports().stream()
                    .anyMatch(s -> s.printer().equals("PAPER_OUT")));
            assertThat(demo.printer().tickets()).hasSize(1);

            demo.printerState("ok");
            awaitTrue(
                    Duration.ofSeconds(10),
                    "OK reported again",
                    () -> gateway.statusReports().getLast().printer().equals("OK"));
        } finally {
            reporter.close();
        }
    }

    @Test
    void deviceCommandsAnswerOnTheResultChannel() throws Exception {
        var handler = new DeviceCommandHandler(devices, gateway, Clock.systemDefaultZone());
        handler.handle(new DeviceCommand.PrintTest("c-1"));
        handler.handle(new DeviceCommand.PrinterStatus("c-2"));
        var reader = new Thread(() -> handler.handle(new DeviceCommand.ReadCard("c-3", 10)));
        reader.start();
        awaitTrue(Duration.ofSeconds(5), "READ_CARD waiting", () -> reader.isAlive());
        Thread.sleep(300);
        demo.tap("0008844356");
        reader.join(15_000);
        handler.handle(new DeviceCommand.ReadCard("c-4", 1));

        var results = gateway.results();
        assertThat(results).hasSize(4);
        assertThat(results.get(0).commandId()).isEqualTo("c-1");
        assertThat(results.get(0).ok()).isTrue();
        assertThat(results.get(0).message()).matches("Printed \\d+ bytes");
        assertThat(demo.printer().lastTicket().orElseThrow().plainText()).contains("TEST");
        assertThat(results.get(1).detail()).containsEntry("printer", "OK");
        assertThat(results.get(2).detail())
                .containsEntry("readerType", "RDM6300")
                .containsEntry("value", "••••4356");
        assertThat(results.get(3).ok()).isFalse();
        assertThat(results.get(3).message()).isEqualTo("No card or code within 1 s");
    }

    @Test
    void configChangedReopensThePorts() throws Exception {
        var before = devices.printer().orElseThrow();
        devices.reconfigure();
        assertThat(devices.printer().orElseThrow()).isNotSameAs(before);
        awaitTrue(Duration.ofSeconds(20), "printer back", () -> devices.status()
                .printer()
                .equals("OK"));
        demo.tap("0008844356");
        awaitTrue(Duration.ofSeconds(10), "a read after reopening", () -> !reads.isEmpty());
    }
}
