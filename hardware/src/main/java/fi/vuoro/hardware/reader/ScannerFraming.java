package fi.vuoro.hardware.reader;

import java.time.Duration;
import java.util.Objects;

/**
 * How a barcode/QR scanner marks the end of a code. QR payloads may themselves contain CR/LF, so prefer STX/ETX
 * framing (most scanners offer it as "prefix/suffix") or {@link Terminator#NONE} with the inter-character
 * time-out.
 *
 * @param stxEtx frames start with STX and end with ETX; CR/LF inside the payload are then data
 * @param interCharTimeout silence that ends a frame ({@link Terminator#NONE}) or drops a half frame (otherwise)
 * @param maxLength longest payload in bytes; longer ones are rejected as {@link RejectReason#TOO_LONG}
 */
public record ScannerFraming(Terminator terminator, boolean stxEtx, Duration interCharTimeout, int maxLength) {

    public static final int DEFAULT_MAX_LENGTH = 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(100);

    public enum Terminator {
        CR,
        CRLF,
        ETX,
        /** No terminator: the inter-character time-out alone ends a frame. */
        NONE
    }

    public ScannerFraming {
        Objects.requireNonNull(terminator, "terminator");
        Objects.requireNonNull(interCharTimeout, "interCharTimeout");
        if (interCharTimeout.isNegative() || interCharTimeout.isZero()) {
            throw new IllegalArgumentException("inter-character time-out must be positive, was " + interCharTimeout);
        }
        if (maxLength < 1 || maxLength > 65_536) {
            throw new IllegalArgumentException("max length must be 1..65536, was " + maxLength);
        }
        if (stxEtx && terminator != Terminator.ETX) {
            throw new IllegalArgumentException("STX/ETX framing ends frames with ETX; terminator must be ETX");
        }
    }

    public static ScannerFraming terminatedBy(Terminator terminator) {
        return new ScannerFraming(terminator, false, DEFAULT_TIMEOUT, DEFAULT_MAX_LENGTH);
    }

    public static ScannerFraming stxEtxFramed() {
        return new ScannerFraming(Terminator.ETX, true, DEFAULT_TIMEOUT, DEFAULT_MAX_LENGTH);
    }

    public static ScannerFraming silenceTerminated(Duration interCharTimeout) {
        return new ScannerFraming(Terminator.NONE, false, interCharTimeout, DEFAULT_MAX_LENGTH);
    }

    public ScannerFraming withMaxLength(int maxLength) {
        return new ScannerFraming(terminator, stxEtx, interCharTimeout, maxLength);
    }
}
