package fi.vuoro.hardware.diagnostics;

import fi.vuoro.hardware.printer.EscPosPrinter;
import fi.vuoro.hardware.printer.PrintResult;
import fi.vuoro.hardware.printer.PrinterSettings;
import fi.vuoro.hardware.ticket.EscPosTicketEncoder;
import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.hardware.ticket.SampleTicket;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Prints the sample ticket through the real driver and says how it went. */
final class PrintTestCommand implements DiagnosticCommand {

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        line.allowOnly(Set.of("port", "baud", "width"));
        var width = PaperWidth.ofMillimetres(line.integer("width", 80, List.of(58, 80)));
        int baud = line.integer("baud", 9600, PortOpener.BAUD_RATES);
        var link = PortOpener.link(line);
        try (var printer = new EscPosPrinter(link, PrinterSettings.defaults(), Clock.systemDefaultZone())) {
            printer.start();
            PortOpener.awaitUp(link);
            var ticket = SampleTicket.of(width, LocalDateTime.now());
            int bytes = new EscPosTicketEncoder().encode(ticket).bytes().length;
            out.printf(
                    Locale.ROOT,
                    "sending a %d mm test ticket (%d bytes, about %.2f s at %d baud) to %s%n",
                    width.millimetres(),
                    bytes,
                    bytes * 10.0 / baud,
                    baud,
                    link.name());
            PrintResult result = printer.print(ticket).get(30, TimeUnit.SECONDS);
            if (result.printed()) {
                out.println("PRINTED; printer status " + printer.status());
                return Diagnostics.OK;
            }
            out.println("FAILED " + result.reason() + ": " + result.detail());
            return Diagnostics.DEVICE_PROBLEM;
        }
    }

    @Override
    public String usage() {
        return """
                print-test --port P [--baud B] [--width 58|80]
                  Prints a bilingual sample ticket with a QR code through the kiosk's own driver: checks status
                  before and after, so paper out, cover open and a silent printer are reported by name.
                """;
    }
}
