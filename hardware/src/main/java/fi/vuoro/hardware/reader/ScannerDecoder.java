package fi.vuoro.hardware.reader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Barcode and QR scanners: payload bytes up to a terminator (CR, CR LF, ETX), between STX and ETX, or up to a
 * silence. Payloads are UTF-8; control bytes other than TAB, CR and LF are rejected as {@link
 * RejectReason#BAD_CHAR}. After a rejection in terminator mode the rest of that frame is discarded up to the next
 * terminator, so the tail of a bad frame is never read as a code of its own.
 */
public final class ScannerDecoder extends ByteFrameDecoder {

    private final ScannerFraming framing;
    private final byte[] payload;
    private int length;
    /** STX seen (STX/ETX framing) or first byte seen (terminator framing). */
    private boolean started;
    /** Dropping the remainder of a rejected frame up to its terminator. */
    private boolean discarding;

    private ScannerDecoder(ScannerFraming framing, Duration debounce) {
        super(framing.interCharTimeout(), debounce, new ReaderCounters());
        this.framing = framing;
        this.payload = new byte[framing.maxLength()];
    }

    public static ScannerDecoder create(ScannerFraming framing) {
        return create(framing, DEFAULT_DEBOUNCE);
    }

    public static ScannerDecoder create(ScannerFraming framing, Duration debounce) {
        return new ScannerDecoder(Objects.requireNonNull(framing, "framing"), debounce);
    }

    public ScannerFraming framing() {
        return framing;
    }

    @Override
    public ReaderKind kind() {
        return ReaderKind.SCANNER;
    }

    @Override
    public boolean endsFramesOnSilence() {
        return framing.terminator() == ScannerFraming.Terminator.NONE;
    }

    @Override
    public int pendingBytes() {
        return length;
    }

    @Override
    boolean inFrame() {
        return started || discarding;
    }

    @Override
    void reset() {
        length = 0;
        started = false;
        discarding = false;
    }

    @Override
    void onSilence(long nanoTime) {
        if (endsFramesOnSilence() && started && !discarding) {
            complete(nanoTime);
        } else if (discarding) {
            reset(); // the rejection was already counted
        } else {
            reject(RejectReason.GAP_TIMEOUT);
        }
    }

    @Override
    void step(int b, long nanoTime) {
        if (framing.stxEtx()) {
            stepFramed(b, nanoTime);
        } else {
            stepTerminated(b, nanoTime);
        }
    }

    private void stepFramed(int b, long nanoTime) {
        if (!started) {
            if (b == STX) {
                started = true;
            } else if (b != CR && b != LF) { // scanners often append CR LF after ETX
                counters.recordSkipped(1);
            }
            return;
        }
        if (b == ETX) {
            complete(nanoTime);
        } else if (b == STX) {
            reject(RejectReason.TRUNCATED);
            started = true;
        } else if (!isPayloadByte(b)) {
            reject(RejectReason.BAD_CHAR);
        } else if (length == payload.length) {
            reject(RejectReason.TOO_LONG);
        } else {
            payload[length++] = (byte) b;
        }
    }

    private void stepTerminated(int b, long nanoTime) {
        var terminator = framing.terminator();
        boolean ends =
                switch (terminator) {
                    case CR -> b == CR;
                    case CRLF -> b == LF && length > 0 && payload[length - 1] == CR;
                    case ETX -> b == ETX;
                    case NONE -> false;
                };
        if (discarding) {
            if (ends || (terminator == ScannerFraming.Terminator.CRLF && b == LF)) reset();
            return;
        }
        if (ends) {
            if (terminator == ScannerFraming.Terminator.CRLF) length--; // drop the CR
            complete(nanoTime);
            return;
        }
        if (!started && (b == LF || b == CR || b == STX)) {
            return; // the LF of a CR LF pair, or a prefix byte, before any payload: not part of a code
        }
        if (!isPayloadByte(b)) {
            rejectAndDiscard(RejectReason.BAD_CHAR);
        } else if (length == payload.length) {
            rejectAndDiscard(RejectReason.TOO_LONG);
        } else {
            payload[length++] = (byte) b;
            started = true;
        }
    }

    private void rejectAndDiscard(RejectReason reason) {
        reject(reason);
        discarding = framing.terminator() != ScannerFraming.Terminator.NONE;
    }

    private static boolean isPayloadByte(int b) {
        return b >= 0x20 ? b != 0x7F : (b == '\t' || b == CR || b == LF);
    }

    private void complete(long nanoTime) {
        if (length == 0) {
            reset(); // an empty frame (STX ETX, a bare terminator) is no read and no error
            return;
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(payload, 0, length)).toString();
        } catch (CharacterCodingException e) {
            reject(RejectReason.BAD_CHAR);
            return;
        }
        reset();
        emitScan(text, nanoTime);
    }
}
