package fi.vuoro.hardware.serial;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A linked pair of pseudo-terminals made by {@code socat}: a null-modem cable without hardware, for the demo,
 * the emulators and integration tests of the real jssc path.
 *
 * <p>{@link #unplug()} stops socat, so both links vanish and the open ends see I/O errors, which is exactly what a
 * pulled USB adapter looks like to jssc. {@link #replug()} starts socat again with the same link names. Ptys do
 * not emulate baud rate, parity or modem lines.
 */
public final class SocatPtyPair implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SocatPtyPair.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);

    private final Path hostEnd;
    private final Path deviceEnd;
    private final Path logFile;
    private Process process;

    private SocatPtyPair(Path directory, String name) {
        this.hostEnd = directory.resolve(name + "0");
        this.deviceEnd = directory.resolve(name + "1");
        this.logFile = directory.resolve(name + ".socat.log");
    }

    /**
     * Starts socat with links {@code directory/name0} (the host end) and {@code directory/name1} (the device end)
     * and returns once both exist.
     *
     * @throws IOException if socat is missing, exits, or the links do not appear within 5 s
     */
    public static SocatPtyPair start(Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        var pair = new SocatPtyPair(directory, name);
        pair.launch();
        return pair;
    }

    /** True when a {@code socat} executable is on the PATH. */
    public static boolean available() {
        var path = System.getenv("PATH");
        if (path == null) return false;
        for (var dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"))) return true;
        }
        return false;
    }

    /** The end the driver opens (the kiosk's side of the cable). */
    public Path hostEnd() {
        return hostEnd;
    }

    /** The end an emulator opens (the device's side of the cable). */
    public Path deviceEnd() {
        return deviceEnd;
    }

    public synchronized boolean isPlugged() {
        return process != null && process.isAlive();
    }

    /** Stops socat: the links vanish and both open ends get I/O errors. */
    public synchronized void unplug() {
        stop();
    }

    /** Starts socat again with the same link names; returns once both links exist. */
    public synchronized void replug() throws IOException {
        if (isPlugged()) return;
        launch();
    }

    @Override
    public synchronized void close() {
        stop();
        try {
            Files.deleteIfExists(logFile);
        } catch (IOException e) {
            log.debug("could not delete {}: {}", logFile, e.toString());
        }
    }

    private synchronized void launch() throws IOException {
        // Stale links from a killed run would make the wait below succeed before socat is ready.
        Files.deleteIfExists(hostEnd);
        Files.deleteIfExists(deviceEnd);
        var builder = new ProcessBuilder(
                        "socat", "-d", "-d", "pty,raw,echo=0,link=" + hostEnd, "pty,raw,echo=0,link=" + deviceEnd)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot start socat (is it installed and on the PATH?): " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        // Files.exists follows the link, so this also waits for the pty it points to.
        while (!(Files.exists(hostEnd) && Files.exists(deviceEnd))) {
            if (!process.isAlive()) {
                var output = socatOutput();
                process = null;
                throw new IOException("socat exited with " + exitValueOrUnknown() + " before creating " + hostEnd
                        + " and " + deviceEnd + ": " + output);
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw new IOException("socat did not create " + hostEnd + " and " + deviceEnd + " within "
                        + START_TIMEOUT + ": " + socatOutput());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IOException("interrupted while waiting for socat", e);
            }
        }
        log.debug("socat pty pair up: {} <-> {}", hostEnd, deviceEnd);
    }

    private String exitValueOrUnknown() {
        try {
            return String.valueOf(process.exitValue());
        } catch (IllegalThreadStateException e) {
            return "unknown";
        }
    }

    private void stop() {
        var running = process;
        process = null;
        if (running != null) {
            // SIGTERM lets socat remove its links, like a device node vanishing on unplug.
            running.destroy();
            try {
                if (!running.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    running.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                running.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(hostEnd);
            Files.deleteIfExists(deviceEnd);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove pty links " + hostEnd + ", " + deviceEnd, e);
        }
    }

    private String socatOutput() {
        try {
            var text = Files.readString(logFile, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "(no output)" : text;
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
