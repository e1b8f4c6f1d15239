package fi.vuoro.hardware.diagnostics;

import fi.vuoro.hardware.reader.CardNumberHasher;
import fi.vuoro.hardware.reader.CardRead;
import fi.vuoro.hardware.reader.CardReader;
import fi.vuoro.hardware.reader.CardReaderListener;
import fi.vuoro.hardware.reader.Em4100Decoder;
import fi.vuoro.hardware.reader.FrameDecoder;
import fi.vuoro.hardware.reader.MagStripeDecoder;
import fi.vuoro.hardware.reader.ScanRead;
import fi.vuoro.hardware.reader.ScannerDecoder;
import fi.vuoro.hardware.reader.ScannerFraming;
import fi.vuoro.hardware.serial.LinkState;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

/** Shows what a card reader or scanner sends, decoded; card numbers only masked, as everywhere else. */
final class ListenReaderCommand implements DiagnosticCommand {

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        line.allowOnly(Set.of("port", "baud", "type", "seconds"));
        FrameDecoder decoder = decoder(line.required("type"));
        var runFor = line.runFor();
        // A throw-away key: the tool shows masked numbers only and must not produce hashes that match real ones.
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        var link = PortOpener.link(line);
        try (var reader = new CardReader(link, decoder, new CardNumberHasher(key), Clock.systemDefaultZone())) {
            reader.start(new CardReaderListener() {
                @Override
                public void cardRead(CardRead read) {
                    out.println(read.readAt() + " card " + read.kind() + " " + read.masked());
                }

                @Override
                public void scanned(ScanRead read) {
                    out.println(read.readAt() + " scan " + read.payload());
                }

                @Override
                public void linkStateChanged(LinkState state, String detail) {
                    out.println("link " + state + " (" + detail + ")");
                }
            });
            PortOpener.awaitUp(link);
            out.println("listening on " + link.name() + " for " + reader.kind()
                    + (runFor == null ? "; Ctrl-C to stop" : " for " + runFor.toSeconds() + " s"));
            PortOpener.waitFor(runFor);
            out.println("counters: " + reader.counters().snapshot());
        }
        return Diagnostics.OK;
    }

    private static FrameDecoder decoder(String type) {
        return switch (type) {
            case "rdm6300" -> Em4100Decoder.rdm6300();
            case "id12" -> Em4100Decoder.id12();
            case "magstripe" -> MagStripeDecoder.create();
            case "scanner" -> ScannerDecoder.create(ScannerFraming.terminatedBy(ScannerFraming.Terminator.CR));
            default ->
                throw new CommandLine.UsageException(
                        "--type must be rdm6300, id12, magstripe or scanner, not '" + type + "'");
        };
    }

    @Override
    public String usage() {
        return """
                listen-reader --port P --type rdm6300|id12|magstripe|scanner [--baud B] [--seconds N]
                  Prints each decoded read: cards masked (last four digits), scans as sent. The scanner type
                  expects CR-terminated codes. Runs until Ctrl-C, or N seconds; then prints the decoder's
                  counters (accepted, debounced, skipped garbage, rejected by reason).
                """;
    }
}
