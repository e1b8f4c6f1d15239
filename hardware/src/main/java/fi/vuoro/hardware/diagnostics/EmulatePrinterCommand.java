package fi.vuoro.hardware.diagnostics;

import fi.vuoro.hardware.emulator.PrinterEmulator;
import fi.vuoro.hardware.serial.JsscSerialLink;
import fi.vuoro.hardware.serial.SerialSettings;
import fi.vuoro.hardware.serial.SocatPtyPair;
import fi.vuoro.hardware.ticket.PaperWidth;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * A printer without hardware: socat makes a pty pair, the emulator answers on the device end, and the kiosk (or
 * {@code print-test}) is pointed at the host end. Each ticket is saved as PNG and text.
 */
final class EmulatePrinterCommand implements DiagnosticCommand {

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        line.allowOnly(Set.of("dir", "width", "seconds"));
        var width = PaperWidth.ofMillimetres(line.integer("width", 80, List.of(58, 80)));
        Path dir = Path.of(line.optional("dir", "vuoro-tickets")).toAbsolutePath();
        var runFor = line.runFor();
        if (!SocatPtyPair.available()) {
            out.println("socat is not installed (Debian package 'socat'); it makes the virtual serial cable");
            return Diagnostics.DEVICE_PROBLEM;
        }
        Files.createDirectories(dir);
        Path links = Files.createTempDirectory("vuoro-emulator");
        try (var pair = SocatPtyPair.start(links, "ttyVuoroPrinter");
                var emulator = new PrinterEmulator(width, Clock.systemDefaultZone())) {
            // Ctrl-C ends the JVM without unwinding this block; socat, a child process, would outlive it.
            var hook = new Thread(pair::close, "socat-stopper");
            Runtime.getRuntime().addShutdownHook(hook);
            emulator.onTicket(ticket -> {
                try {
                    Path png = PrinterEmulator.save(ticket, dir);
                    out.println("ticket " + ticket.sequence() + " saved: " + png);
                } catch (IOException | RuntimeException e) {
                    out.println("ticket " + ticket.sequence() + " not saved: " + e.getMessage());
                }
            });
            var device = new JsscSerialLink(SerialSettings.of(pair.deviceEnd().toString(), 115_200));
            emulator.attach(device);
            PortOpener.awaitUp(device);
            out.println("emulated " + width.millimetres() + " mm printer ready");
            out.println("host end: " + pair.hostEnd());
            out.println("tickets go to " + dir + (runFor == null ? "; Ctrl-C to stop" : ""));
            try {
                PortOpener.waitFor(runFor);
                out.println("counters: " + emulator.counters());
            } finally {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        } finally {
            Files.deleteIfExists(links);
        }
        return Diagnostics.OK;
    }

    @Override
    public String usage() {
        return """
                emulate-printer [--dir D] [--width 58|80] [--seconds N]
                  Starts socat to make a virtual serial cable, runs the ESC/POS printer emulator on one end and
                  prints the other end's path ("host end: ..."): give that path to the kiosk or to
                  print-test --port. Each received ticket is saved in D (default ./vuoro-tickets) as
                  ticket-NNNN.png and .txt. The emulator answers status requests as a healthy printer.
                """;
    }
}
