package fi.vuoro.hardware.escpos;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the bytes a printer sends back into status replies. Pure and incremental: feed whatever the link
 * delivered, in any chunking. Holds at most three bytes of state, so garbage cannot make it grow.
 *
 * <p>Replies carry fixed bits that tell them apart: a DLE EOT reply matches {@code (b & 0x93) == 0x12}, the first
 * byte of an ASB frame {@code (b & 0x93) == 0x10}, and ASB bytes 2–4 have bits 4 and 7 clear. XON {@code 11} and
 * XOFF {@code 13} match none of these, so they may interleave anywhere. Anything else is counted and dropped.
 */
public final class StatusDecoder {

    private static final int XON = 0x11;
    private static final int XOFF = 0x13;

    private final byte[] frame = new byte[4];
    private int framed; // bytes of an ASB frame collected so far, 0 when outside a frame
    private long garbage;

    /** Decodes a chunk; returns the complete replies in it (plus any completed from earlier chunks). */
    public List<StatusReply> feed(byte[] bytes) {
        var replies = new ArrayList<StatusReply>(2);
        for (byte b : bytes) {
            accept(b & 0xFF, replies);
        }
        return replies;
    }

    private void accept(int b, List<StatusReply> replies) {
        if (b == XON || b == XOFF) {
            replies.add(new StatusReply.FlowControl(b == XON));
            return;
        }
        if (framed > 0) {
            if ((b & 0x90) == 0) {
                frame[framed++] = (byte) b;
                if (framed == 4) {
                    replies.add(new StatusReply.Automatic(PrinterStatus.fromAsb(frame.clone()), frame.clone()));
                    framed = 0;
                }
                return;
            }
            // A broken frame: drop what we had and read this byte afresh.
            garbage += framed;
            framed = 0;
        }
        if ((b & 0x93) == 0x12) {
            replies.add(new StatusReply.Realtime(b));
        } else if ((b & 0x93) == 0x10) {
            frame[0] = (byte) b;
            framed = 1;
        } else {
            garbage++;
        }
    }

    /** Bytes dropped because they fit no reply. */
    public long garbageBytes() {
        return garbage;
    }

    /** Forgets a half-read frame, e.g. after the link went down. */
    public void reset() {
        framed = 0;
    }
}
