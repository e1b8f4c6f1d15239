package fi.vuoro.hardware.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import jssc.SerialPort;
import jssc.SerialPortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SerialLink} over jssc that keeps itself connected.
 *
 * <p>One daemon thread owns the port. It polls {@code getInputBufferBytesCount()} and sleeps {@value
 * #IDLE_SLEEP_MS} ms when nothing is waiting: jssc's timed {@code readBytes(n, timeout)} busy-spins a core and its
 * untimed {@code readBytes(n)} cannot be interrupted and spins forever after a hang-up. jssc fires no event on
 * unplug ({@code isOpened()} stays true), but the count call throws an I/O error, so that is the unplug signal: the
 * thread closes the port, reports {@link LinkState#DOWN}, polls for the path with back-off, reopens and reports
 * {@link LinkState#UP}.
 */
public final class JsscSerialLink implements SerialLink {

    private static final Logger log = LoggerFactory.getLogger(JsscSerialLink.class);
    static final long IDLE_SLEEP_MS = 10;
    /** About once a second while idle, also check that the path still exists (see {@link #pollOnce()}). */
    private static final int PATH_CHECK_EVERY_IDLE_POLLS = 100;

    private static final Duration CLOSE_JOIN_TIMEOUT = Duration.ofSeconds(2);

    private final SerialSettings settings;
    /**
     * Held by writers and by whoever closes the port, so a write never hits a closed (or reused) descriptor. The
     * reader thread reads without it: a long write at 9600 baud must not stall incoming status bytes.
     */
    private final Object portLock = new Object();

    private final Object stateLock = new Object();
    /** Set and cleared only by the reader thread (and {@link #close()} after it stopped). */
    private volatile SerialPort port;

    private volatile LinkState state = LinkState.CONNECTING;
    private volatile boolean closing;
    private volatile Listener listener;
    private Thread reader;
    private int idlePolls;

    public JsscSerialLink(SerialSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public synchronized void open(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        if (reader != null) {
            throw new IllegalStateException(name() + " is already open");
        }
        if (closing) {
            throw new IllegalStateException(name() + " is closed");
        }
        this.listener = listener;
        reader = new Thread(
                this::readLoop, "vuoro-serial-" + Path.of(settings.path()).getFileName());
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public LinkState state() {
        return state;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        synchronized (portLock) {
            if (state != LinkState.UP || port == null) {
                throw new IOException(name() + " is " + state + ", cannot write");
            }
            try {
                // writeBytes loops until all bytes are written or the OS reports an error.
                if (!port.writeBytes(bytes)) {
                    throw new IOException(name() + ": write of " + bytes.length + " bytes failed");
                }
            } catch (SerialPortException e) {
                throw new IOException(name() + ": write failed: " + e.getExceptionType(), e);
            }
        }
    }

    @Override
    public String name() {
        return settings.path();
    }

    public SerialSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            closing = true;
            thread = reader;
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(CLOSE_JOIN_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                log.warn("{}: reader thread did not stop within {}", name(), CLOSE_JOIN_TIMEOUT);
            }
        }
        closePort();
        changeState(LinkState.CLOSED, "closed");
    }

    private void readLoop() {
        long backoff = settings.initialBackoff().toMillis();
        boolean reportedOpenFailure = false;
        while (!closing) {
            try {
                if (currentPort() == null) {
                    var failure = tryOpen();
                    if (failure == null) {
                        backoff = settings.initialBackoff().toMillis();
                        reportedOpenFailure = false;
                        changeState(LinkState.UP, "opened " + settings.describe());
                        continue;
                    }
                    if (!reportedOpenFailure) {
                        log.warn(
                                "{}: cannot open ({}); retrying every {}..{}",
                                name(),
                                failure,
                                settings.initialBackoff(),
                                settings.maxBackoff());
                        reportedOpenFailure = true;
                    } else {
                        log.debug("{}: still cannot open ({})", name(), failure);
                    }
                    changeState(LinkState.DOWN, failure);
                    Thread.sleep(backoff);
                    backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
                    continue;
                }
                pollOnce();
            } catch (InterruptedException e) {
                if (closing) break;
                // Nobody but close() should interrupt us; keep serving.
            } catch (RuntimeException e) {
                // Never let an unexpected error end the device loop; back off so a persistent bug cannot spin.
                log.error("{}: unexpected error in reader loop", name(), e);
                sleepQuietly(settings.initialBackoff().toMillis());
            }
        }
        closePort();
    }

    private void pollOnce() throws InterruptedException {
        var current = currentPort();
        byte[] bytes;
        try {
            int count = current.getInputBufferBytesCount();
            if (count < 0) {
                throw new SerialPortException(current, "getInputBufferBytesCount", "negative count " + count);
            }
            if (count == 0) {
                // Belt and braces: the count call throws on a hang-up for ttyUSB and ptys, but a vanished path
                // (a by-id link disappears on unplug) is proof enough even for a driver that stays silent.
                if (++idlePolls >= PATH_CHECK_EVERY_IDLE_POLLS) {
                    idlePolls = 0;
                    if (!Files.exists(Path.of(settings.path()))) {
                        throw new SerialPortException(current, "getInputBufferBytesCount", "port path vanished");
                    }
                }
                Thread.sleep(IDLE_SLEEP_MS);
                return;
            }
            bytes = current.readBytes(count);
        } catch (SerialPortException e) {
            if (closing) return;
            log.warn("{}: device lost ({}); reconnecting", name(), e.getExceptionType());
            closePort();
            changeState(LinkState.DOWN, "device lost: " + e.getExceptionType());
            return;
        }
        if (bytes != null && bytes.length > 0) {
            deliver(bytes);
        }
    }

    /** Returns null on success, or a short reason for logs and the state listener. */
    private String tryOpen() {
        if (!Files.exists(Path.of(settings.path()))) {
            return "no such port";
        }
        var candidate = new SerialPort(settings.path());
        try {
            candidate.openPort();
            boolean applied =
                    candidate.setParams(settings.baudRate(), settings.dataBits(), stopBits(), parity(), true, true);
            if (!applied) {
                // On a pty the RTS/DTR ioctl fails and setParams returns false, although the line settings took.
                log.info("{}: setParams returned false (normal on a pseudo-terminal); continuing", name());
            }
            if (!candidate.setFlowControlMode(flowControl())) {
                log.info("{}: setFlowControlMode returned false; continuing", name());
            }
        } catch (SerialPortException e) {
            closeQuietly(candidate);
            return e.getExceptionType();
        }
        synchronized (portLock) {
            if (closing) {
                closeQuietly(candidate);
                return "closing";
            }
            port = candidate;
        }
        return null;
    }

    private SerialPort currentPort() {
        return port;
    }

    private void closePort() {
        synchronized (portLock) {
            if (port != null) {
                closeQuietly(port);
                port = null;
            }
        }
    }

    private void closeQuietly(SerialPort candidate) {
        try {
            if (candidate.isOpened()) candidate.closePort();
        } catch (SerialPortException e) {
            log.debug("{}: close after failure also failed: {}", name(), e.getExceptionType());
        }
    }

    private void deliver(byte[] bytes) {
        try {
            listener.bytesReceived(bytes);
        } catch (RuntimeException e) {
            log.warn("{}: listener failed on {} bytes; continuing", name(), bytes.length, e);
        }
    }

    private void changeState(LinkState next, String detail) {
        synchronized (stateLock) {
            if (state == next || state == LinkState.CLOSED) return;
            if (closing && next != LinkState.CLOSED) return;
            state = next;
        }
        log.info("{}: {} ({})", name(), next, detail);
        var current = listener;
        if (current == null) return;
        try {
            current.stateChanged(next, detail);
        } catch (RuntimeException e) {
            log.warn("{}: listener failed on state {}; continuing", name(), next, e);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int stopBits() {
        return switch (settings.stopBits()) {
            case ONE -> SerialPort.STOPBITS_1;
            case ONE_POINT_FIVE -> SerialPort.STOPBITS_1_5;
            case TWO -> SerialPort.STOPBITS_2;
        };
    }

    private int parity() {
        return switch (settings.parity()) {
            case NONE -> SerialPort.PARITY_NONE;
            case ODD -> SerialPort.PARITY_ODD;
            case EVEN -> SerialPort.PARITY_EVEN;
            case MARK -> SerialPort.PARITY_MARK;
            case SPACE -> SerialPort.PARITY_SPACE;
        };
    }

    private int flowControl() {
        return switch (settings.flowControl()) {
            case NONE -> SerialPort.FLOWCONTROL_NONE;
            case RTS_CTS -> SerialPort.FLOWCONTROL_RTSCTS_IN | SerialPort.FLOWCONTROL_RTSCTS_OUT;
            case XON_XOFF -> SerialPort.FLOWCONTROL_XONXOFF_IN | SerialPort.FLOWCONTROL_XONXOFF_OUT;
        };
    }
}
