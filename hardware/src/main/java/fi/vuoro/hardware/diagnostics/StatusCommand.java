package fi.vuoro.hardware.diagnostics;

import fi.vuoro.hardware.escpos.EscPosEncoder;
import fi.vuoro.hardware.escpos.PrinterStatus;
import fi.vuoro.hardware.escpos.StatusDecoder;
import fi.vuoro.hardware.escpos.StatusReply;
import fi.vuoro.hardware.serial.SerialLink;
import java.io.PrintStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the printer's real-time status once, showing the raw reply bytes too: an installer comparing them with the
 * printer's manual learns more than from the decoded words alone. Talks to the link directly rather than through
 * the driver, so it neither initialises the printer nor switches on automatic status back.
 */
final class StatusCommand implements DiagnosticCommand {

    private static final long TIMEOUT_MS = 500;

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        line.allowOnly(Set.of("port", "baud"));
        BlockingQueue<Integer> replies = new ArrayBlockingQueue<>(16);
        var decoder = new StatusDecoder();
        try (var link = PortOpener.link(line)) {
            link.open(new SerialLink.Listener() {
                @Override
                public void bytesReceived(byte[] bytes) {
                    List<StatusReply> decoded;
                    synchronized (decoder) {
                        decoded = decoder.feed(bytes);
                    }
                    for (var reply : decoded) {
                        if (reply instanceof StatusReply.Realtime r) replies.offer(r.value());
                    }
                }
            });
            PortOpener.awaitUp(link);
            int[] values = new int[3];
            int[] requests = {1, 2, 4};
            for (int i = 0; i < 3; i++) {
                link.write(EscPosEncoder.statusRequest(requests[i]));
                Integer value = replies.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                if (value == null) {
                    out.println("no answer from " + link.name() + " to DLE EOT " + requests[i]
                            + ": printer off, wrong baud rate, or not ESC/POS");
                    return Diagnostics.DEVICE_PROBLEM;
                }
                values[i] = value;
            }
            PrinterStatus status = PrinterStatus.fromRealtime(values[0], values[1], values[2]);
            out.println(link.name() + ": " + status + " (replies "
                    + HexFormat.ofDelimiter(" ")
                            .withUpperCase()
                            .formatHex(new byte[] {(byte) values[0], (byte) values[1], (byte) values[2]})
                    + ")");
            return status.canPrint() ? Diagnostics.OK : Diagnostics.DEVICE_PROBLEM;
        }
    }

    @Override
    public String usage() {
        return """
                status --port P [--baud B]
                  Sends DLE EOT 1, 2 and 4 and prints the decoded status (ONLINE, PAPER_NEAR_END, PAPER_OUT,
                  COVER_OPEN, OFFLINE) with the raw replies; a healthy printer answers 12 12 12. Exit code 1
                  when the printer cannot print or does not answer within 500 ms.
                """;
    }
}
