package fi.vuoro.hardware.reader;

import java.time.Instant;
import java.util.Objects;

/** A code read by a barcode/QR scanner, such as an appointment code. Not secret, so it travels as is. */
public record ScanRead(String payload, Instant readAt) {

    public ScanRead {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(readAt, "readAt");
    }
}
