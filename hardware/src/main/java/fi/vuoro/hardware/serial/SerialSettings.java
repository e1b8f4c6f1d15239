package fi.vuoro.hardware.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * How to open one serial port and how patiently to reconnect to it.
 *
 * @param path the device path; symlinks such as {@code /dev/serial/by-id/...} are fine and survive re-enumeration
 * @param initialBackoff wait before the first reopen attempt after an unplug; doubles per failed attempt
 * @param maxBackoff upper bound for the wait between reopen attempts
 */
public record SerialSettings(
        String path,
        int baudRate,
        int dataBits,
        Parity parity,
        StopBits stopBits,
        FlowControl flowControl,
        Duration initialBackoff,
        Duration maxBackoff) {

    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(250);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(2);

    public SerialSettings {
        Objects.requireNonNull(path, "serial port path is required");
        if (path.isBlank()) {
            throw new IllegalArgumentException("serial port path must not be blank");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baudRate + " for " + path);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5 to 8, was " + dataBits + " for " + path);
        }
        Objects.requireNonNull(parity, "parity is required (use Parity.NONE)");
        Objects.requireNonNull(stopBits, "stop bits are required (use StopBits.ONE)");
        Objects.requireNonNull(flowControl, "flow control is required (use FlowControl.NONE)");
        Objects.requireNonNull(initialBackoff, "initial back-off is required");
        Objects.requireNonNull(maxBackoff, "max back-off is required");
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("initial back-off must be positive, was " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "max back-off " + maxBackoff + " must not be shorter than initial back-off " + initialBackoff);
        }
    }

    /** 8 data bits, no parity, 1 stop bit, no flow control, default reconnect timing. */
    public static SerialSettings of(String path, int baudRate) {
        return new SerialSettings(
                path,
                baudRate,
                8,
                Parity.NONE,
                StopBits.ONE,
                FlowControl.NONE,
                DEFAULT_INITIAL_BACKOFF,
                DEFAULT_MAX_BACKOFF);
    }

    public SerialSettings withFraming(int dataBits, Parity parity, StopBits stopBits) {
        return new SerialSettings(path, baudRate, dataBits, parity, stopBits, flowControl, initialBackoff, maxBackoff);
    }

    public SerialSettings withFlowControl(FlowControl flowControl) {
        return new SerialSettings(path, baudRate, dataBits, parity, stopBits, flowControl, initialBackoff, maxBackoff);
    }

    public SerialSettings withBackoff(Duration initialBackoff, Duration maxBackoff) {
        return new SerialSettings(path, baudRate, dataBits, parity, stopBits, flowControl, initialBackoff, maxBackoff);
    }

    /** Short form for logs and health boards, e.g. {@code /dev/ttyUSB0 9600 8N1}. */
    public String describe() {
        var p =
                switch (parity) {
                    case NONE -> "N";
                    case ODD -> "O";
                    case EVEN -> "E";
                    case MARK -> "M";
                    case SPACE -> "S";
                };
        var s =
                switch (stopBits) {
                    case ONE -> "1";
                    case ONE_POINT_FIVE -> "1.5";
                    case TWO -> "2";
                };
        var flow = flowControl == FlowControl.NONE ? "" : " " + flowControl;
        return path + " " + baudRate + " " + dataBits + p + s + flow;
    }
}
