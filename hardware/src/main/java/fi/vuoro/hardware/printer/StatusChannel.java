package fi.vuoro.hardware.printer;

import fi.vuoro.hardware.escpos.EscPosEncoder;
import fi.vuoro.hardware.escpos.PrinterStatus;
import fi.vuoro.hardware.escpos.StatusDecoder;
import fi.vuoro.hardware.escpos.StatusReply;
import fi.vuoro.hardware.serial.SerialLink;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The printer's back channel: the link's reader thread feeds it bytes; real-time replies queue up for whoever
 * asked with {@link #query}, ASB frames come straight back as statuses to apply.
 */
final class StatusChannel {

    private static final Logger log = LoggerFactory.getLogger(StatusChannel.class);

    /** DLE EOT 1 (printer), 2 (offline cause), 4 (paper sensor) in one write. */
    private static final byte[] REQUEST = request();

    private final StatusDecoder decoder = new StatusDecoder();
    private final BlockingQueue<Integer> realtimeReplies = new ArrayBlockingQueue<>(32);

    /** On the link's reader thread; returns the statuses pushed by automatic status back, if any. */
    List<PrinterStatus> received(byte[] bytes) {
        List<StatusReply> replies;
        synchronized (decoder) {
            replies = decoder.feed(bytes);
        }
        var pushed = new ArrayList<PrinterStatus>(1);
        for (StatusReply reply : replies) {
            switch (reply) {
                case StatusReply.Realtime r -> {
                    if (!realtimeReplies.offer(r.value())) log.debug("unsolicited status byte dropped");
                }
                case StatusReply.Automatic a -> pushed.add(a.status());
                case StatusReply.FlowControl f -> log.debug("printer sent {}", f.xon() ? "XON" : "XOFF");
            }
        }
        return pushed;
    }

    /** Forgets a half-read frame, e.g. after the link went down. */
    void reset() {
        synchronized (decoder) {
            decoder.reset();
        }
    }

    /** Sends DLE EOT 1, 2 and 4 and waits for three replies; empty on silence. One caller at a time. */
    Optional<PrinterStatus> query(SerialLink link, Duration timeout) throws IOException, InterruptedException {
        realtimeReplies.clear(); // late replies to an earlier, timed-out request
        link.write(REQUEST);
        long deadline = System.nanoTime() + timeout.toNanos();
        int[] replies = new int[3];
        for (int i = 0; i < 3; i++) {
            Integer reply = realtimeReplies.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (reply == null) return Optional.empty();
            replies[i] = reply;
        }
        return Optional.of(PrinterStatus.fromRealtime(replies[0], replies[1], replies[2]));
    }

    private static byte[] request() {
        var joined = new java.io.ByteArrayOutputStream();
        for (int n : new int[] {1, 2, 4}) joined.writeBytes(EscPosEncoder.statusRequest(n));
        return joined.toByteArray();
    }
}
