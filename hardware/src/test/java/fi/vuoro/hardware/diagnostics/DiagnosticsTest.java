package fi.vuoro.hardware.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.RequiredTools;
import fi.vuoro.hardware.emulator.PrinterEmulator;
import fi.vuoro.hardware.printer.Await;
import fi.vuoro.hardware.serial.JsscSerialLink;
import fi.vuoro.hardware.serial.SerialSettings;
import fi.vuoro.hardware.serial.SocatPtyPair;
import fi.vuoro.hardware.ticket.PaperWidth;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private int run(String... args) {
        return Diagnostics.run(args, out, err);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("ports", "print-test", "status", "listen-reader", "emulate-printer");
        assertThat(run("print-test", "--help")).isZero();
        assertThat(out()).contains("--width 58|80");
    }

    @Test
    void wrongUsageExitsWithTwoAndSaysWhy() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("print-test")).isEqualTo(2);
        assertThat(run("print-test", "--port", "/dev/null", "--width", "70")).isEqualTo(2);
        assertThat(run("listen-reader", "--port", "/dev/null", "--type", "nfc")).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .contains("unknown command 'frobnicate'")
                .contains("print-test needs --port")
                .contains("--width must be one of [58, 80]")
                .contains("--type must be rdm6300, id12, magstripe or scanner");
    }

    @Test
    void printTestAndStatusAgainstTheEmulatorOnAPtyPair() throws Exception {
        RequiredTools.assumeSocat();
        try (var pair = SocatPtyPair.start(dir, "ttyD");
                var emulator = new PrinterEmulator(PaperWidth.MM58, Clock.systemUTC())) {
            emulator.attach(
                    new JsscSerialLink(SerialSettings.of(pair.deviceEnd().toString(), 9600)));
            String port = pair.hostEnd().toString();

            assertThat(run("status", "--port", port)).isZero();
            assertThat(out()).contains("[ONLINE] (replies 12 12 12)");

            assertThat(run("print-test", "--port", port, "--width", "58")).isZero();
            assertThat(out()).contains("PRINTED");
            assertThat(emulator.awaitTickets(1, Duration.ofSeconds(5))).hasSize(1);

            emulator.paperOut(true);
            assertThat(run("status", "--port", port)).isEqualTo(1);
            assertThat(out()).contains("PAPER_OUT").contains("(replies 1A 32 7E)");
            assertThat(run("print-test", "--port", port)).isEqualTo(1);
            assertThat(out()).contains("FAILED PAPER_OUT");
        }
    }

    @Test
    void listenReaderShowsMaskedCardsAndScans() throws Exception {
        RequiredTools.assumeSocat();
        try (var pair = SocatPtyPair.start(dir, "ttyR");
                var device =
                        new JsscSerialLink(SerialSettings.of(pair.deviceEnd().toString(), 9600))) {
            device.open(bytes -> {});
            var listen = Thread.ofPlatform()
                    .start(() -> run(
                            "listen-reader",
                            "--port",
                            pair.hostEnd().toString(),
                            "--type",
                            "rdm6300",
                            "--seconds",
                            "20"));
            try {
                Await.until(Duration.ofSeconds(10), "listening", () -> out().contains("listening on"));
                Await.until(
                        Duration.ofSeconds(5),
                        "device end up",
                        () -> device.state() == fi.vuoro.hardware.serial.LinkState.UP);
                device.write(fi.vuoro.hardware.reader.emulator.Em4100Frames.valid(
                        fi.vuoro.hardware.reader.ReaderKind.RDM6300, "0008844356"));
                Await.until(Duration.ofSeconds(5), "card shown", () -> out().contains("card RDM6300"));
                assertThat(out()).contains("4356").doesNotContain("0008844356");
            } finally {
                listen.interrupt();
                listen.join(5000);
            }
            assertThat(listen.isAlive()).isFalse();
        }
    }

    @Test
    void emulatePrinterSavesTheTicketsThatPrintTestSends() throws Exception {
        RequiredTools.assumeSocat();
        Path tickets = dir.resolve("tickets");
        var emulatorRun =
                Thread.ofPlatform().start(() -> run("emulate-printer", "--dir", tickets.toString(), "--seconds", "20"));
        try {
            Await.until(Duration.ofSeconds(10), "host end printed", () -> out().contains("host end: "));
            String host = out().lines()
                    .filter(l -> l.startsWith("host end: "))
                    .findFirst()
                    .orElseThrow()
                    .substring("host end: ".length());

            var printTestOut = new ByteArrayOutputStream();
            int code = Diagnostics.run(
                    new String[] {"print-test", "--port", host, "--baud", "115200"},
                    new PrintStream(printTestOut, true, StandardCharsets.UTF_8),
                    err);

            assertThat(code).as(printTestOut.toString(StandardCharsets.UTF_8)).isZero();
            Await.until(Duration.ofSeconds(5), "ticket saved", () -> out().contains("ticket 1 saved"));
            assertThat(tickets.resolve("ticket-0001.png")).isNotEmptyFile();
            assertThat(Files.readString(tickets.resolve("ticket-0001.txt"))).contains("Allmänläkare");
        } finally {
            emulatorRun.interrupt();
            emulatorRun.join(5000);
        }
        assertThat(emulatorRun.isAlive()).isFalse();
    }
}
