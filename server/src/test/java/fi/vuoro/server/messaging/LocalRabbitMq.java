package fi.vuoro.server.messaging;

import fi.vuoro.hardware.testing.TempDirs;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A private RabbitMQ node with the STOMP plugin, started from the Debian package's scripts in a temporary directory
 * on free loopback ports, for relay tests. Skips the test when RabbitMQ is not installed, unless {@code
 * VUORO_REQUIRE_TOOLS=true} (CI), where it fails.
 */
final class LocalRabbitMq implements AutoCloseable {

    private static final Path SERVER = Path.of("/usr/lib/rabbitmq/bin/rabbitmq-server");

    private final Path dir;
    private final Process process;
    private final int stompPort;

    private LocalRabbitMq(Path dir, Process process, int stompPort) {
        this.dir = dir;
        this.process = process;
        this.stompPort = stompPort;
    }

    static LocalRabbitMq startOrSkip() throws IOException, InterruptedException {
        if (!Files.isExecutable(SERVER)) {
            var message =
                    "RabbitMQ is not installed (" + SERVER + "; Debian package rabbitmq-server): relay test skipped";
            if ("true".equals(System.getenv("VUORO_REQUIRE_TOOLS"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        var dir = Files.createTempDirectory("vuoro-rabbitmq");
        int amqp = freePort();
        int stomp = freePort();
        int dist = freePort();
        Files.writeString(dir.resolve("enabled_plugins"), "[rabbitmq_stomp].\n");
        Files.writeString(
                dir.resolve("rabbitmq.conf"),
                "listeners.tcp.1 = 127.0.0.1:" + amqp + "\nstomp.listeners.tcp.1 = 127.0.0.1:" + stomp + "\n");
        var builder = new ProcessBuilder(SERVER.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        var env = builder.environment();
        env.put("HOME", dir.toString()); // the Erlang cookie goes here, not into the real home
        env.put("RABBITMQ_NODENAME", "vuoro-test-" + ProcessHandle.current().pid() + "@localhost");
        env.put("RABBITMQ_DIST_PORT", String.valueOf(dist));
        env.put("RABBITMQ_BASE", dir.toString());
        env.put("RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString());
        env.put("RABBITMQ_LOG_BASE", dir.resolve("log").toString());
        env.put("RABBITMQ_PID_FILE", dir.resolve("pid").toString());
        env.put("RABBITMQ_ENABLED_PLUGINS_FILE", dir.resolve("enabled_plugins").toString());
        env.put("RABBITMQ_CONFIG_FILE", dir.resolve("rabbitmq.conf").toString());
        env.put("RABBITMQ_ADVANCED_CONFIG_FILE", dir.resolve("advanced.config").toString());
        var broker = new LocalRabbitMq(dir, builder.start(), stomp);
        try {
            broker.awaitStomp();
        } catch (IOException | InterruptedException | RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    int stompPort() {
        return stompPort;
    }

    /** Start-up takes ~15 s on a busy 2-core machine; a minute is the functional limit. */
    private void awaitStomp() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "RabbitMQ exited during start-up:\n" + Files.readString(dir.resolve("out.log")));
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", stompPort), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException(
                "RabbitMQ's STOMP port did not open within 60 s:\n" + Files.readString(dir.resolve("out.log")));
    }

    /** SIGTERM: the start script then stops the node cleanly. Then its directory is deleted. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        TempDirs.delete(dir);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
