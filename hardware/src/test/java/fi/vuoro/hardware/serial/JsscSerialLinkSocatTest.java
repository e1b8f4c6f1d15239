package fi.vuoro.hardware.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.vuoro.hardware.RequiredTools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jssc path on both ends of a socat pty pair. */
class JsscSerialLinkSocatTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private SocatPtyPair pair;
    private JsscSerialLink host;
    private JsscSerialLink device;
    private final Recorder hostSide = new Recorder();
    private final Recorder deviceSide = new Recorder();

    @BeforeEach
    void plugIn() throws IOException {
        RequiredTools.assumeSocat();
        pair = SocatPtyPair.start(dir, "ttyV");
        host = new JsscSerialLink(fastReconnect(pair.hostEnd()));
        device = new JsscSerialLink(fastReconnect(pair.deviceEnd()));
        host.open(hostSide);
        device.open(deviceSide);
        awaitState(host, LinkState.UP);
        awaitState(device, LinkState.UP);
    }

    @AfterEach
    void unplugAll() {
        if (host != null) host.close();
        if (device != null) device.close();
        if (pair != null) pair.close();
    }

    @Test
    void bytesFlowBothWays() throws IOException {
        device.write(ascii("hello host"));
        host.write(ascii("hello device"));

        await(() -> hostSide.text().equals("hello host"));
        await(() -> deviceSide.text().equals("hello device"));
    }

    @Test
    void largeWriteArrivesCompleteAndInOrder() throws IOException {
        var payload = new byte[64 * 1024];
        for (int i = 0; i < payload.length; i++) payload[i] = (byte) (i * 31 + 7);

        device.write(payload);

        await(() -> hostSide.bytes().length == payload.length);
        assertThat(hostSide.bytes()).isEqualTo(payload);
    }

    @Test
    void unplugGoesDownWithinTwoSecondsAndReplugComesBackUp() throws IOException {
        pair.unplug();

        awaitWithin(Duration.ofSeconds(2), () -> host.state() == LinkState.DOWN);
        assertThat(hostSide.states).contains(LinkState.DOWN);
        assertThatThrownBy(() -> host.write(ascii("lost"))).isInstanceOf(IOException.class);

        pair.replug();
        awaitState(host, LinkState.UP);
        awaitState(device, LinkState.UP);
        assertThat(hostSide.states).containsSubsequence(LinkState.UP, LinkState.DOWN, LinkState.UP);

        device.write(ascii("after replug"));
        await(() -> hostSide.text().equals("after replug"));
    }

    @Test
    void throwingListenerDoesNotKillTheReaderLoop() throws IOException {
        hostSide.throwOnNext = true;
        device.write(ascii("first"));
        await(() -> hostSide.calls > 0);

        device.write(ascii("second"));

        await(() -> hostSide.text().endsWith("second"));
        assertThat(host.state()).isEqualTo(LinkState.UP);
    }

    @Test
    void closeStopsTheReaderThreadPromptly() {
        var threadName = "vuoro-serial-" + pair.hostEnd().getFileName();
        assertThat(readerThreadAlive(threadName)).isTrue();

        host.close();

        assertThat(host.state()).isEqualTo(LinkState.CLOSED);
        assertThat(readerThreadAlive(threadName)).isFalse();
        assertThatThrownBy(() -> host.write(ascii("x"))).isInstanceOf(IOException.class);
    }

    @Test
    void missingPortStaysDownAndComesUpWhenItAppears() throws IOException {
        pair.unplug();
        awaitState(host, LinkState.DOWN);
        var late = new JsscSerialLink(fastReconnect(dir.resolve("ttyLate0")));
        var lateSide = new Recorder();
        try (late) {
            late.open(lateSide);
            awaitState(late, LinkState.DOWN);
            assertThatThrownBy(() -> late.write(ascii("x"))).hasMessageContaining("DOWN");

            try (var latePair = SocatPtyPair.start(dir, "ttyLate")) {
                awaitState(late, LinkState.UP);
            }
        }
    }

    private static boolean readerThreadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(name) && t.isAlive() && t.isDaemon());
    }

    private static SerialSettings fastReconnect(Path path) {
        return SerialSettings.of(path.toString(), 9600).withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static void awaitState(SerialLink link, LinkState expected) {
        await(() -> link.state() == expected);
    }

    private static void await(BooleanSupplier condition) {
        awaitWithin(WAIT, condition);
    }

    private static void awaitWithin(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    private static final class Recorder implements SerialLink.Listener {
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final List<LinkState> states = new CopyOnWriteArrayList<>();
        volatile boolean throwOnNext;
        volatile int calls;

        @Override
        public synchronized void bytesReceived(byte[] bytes) {
            calls++;
            if (throwOnNext) {
                throwOnNext = false;
                throw new IllegalStateException("listener bug (expected by the test)");
            }
            received.writeBytes(bytes);
        }

        @Override
        public void stateChanged(LinkState state, String detail) {
            states.add(state);
        }

        synchronized byte[] bytes() {
            return received.toByteArray();
        }

        String text() {
            return new String(bytes(), StandardCharsets.US_ASCII);
        }
    }
}
