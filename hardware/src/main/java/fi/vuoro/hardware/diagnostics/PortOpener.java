package fi.vuoro.hardware.diagnostics;

import fi.vuoro.hardware.serial.JsscSerialLink;
import fi.vuoro.hardware.serial.LinkState;
import fi.vuoro.hardware.serial.SerialSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Port options shared by the commands that talk to a device. */
final class PortOpener {

    static final List<Integer> BAUD_RATES = List.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200);
    static final Duration OPEN_TIMEOUT = Duration.ofSeconds(3);

    private PortOpener() {}

    static JsscSerialLink link(CommandLine line) {
        return new JsscSerialLink(SerialSettings.of(line.required("port"), line.integer("baud", 9600, BAUD_RATES)));
    }

    /** Waits for a link opened by its owner to come up; the link keeps retrying, so this only bounds our wait. */
    static void awaitUp(JsscSerialLink link) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + OPEN_TIMEOUT.toNanos();
        while (link.state() != LinkState.UP) {
            if (System.nanoTime() > deadline) {
                throw new IOException("cannot open " + link.name() + " within " + OPEN_TIMEOUT.toSeconds()
                        + " s (wrong path, no permission (group dialout), or in use)");
            }
            Thread.sleep(20);
        }
    }

    /** Sleeps for {@code --seconds}, or until interrupted when absent. */
    static void waitFor(Duration runFor) throws InterruptedException {
        if (runFor == null) {
            new java.util.concurrent.CountDownLatch(1).await();
        } else {
            Thread.sleep(runFor.toMillis());
        }
    }
}
