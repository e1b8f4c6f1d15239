package fi.vuoro.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real server as a separate JVM (demo profile), for tests that kill it and for the benchmark, which measures
 * the whole HTTP and STOMP stack and the server's own memory.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    public final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ServerProcess start(Path dataDir, List<String> extraArgs) throws IOException, InterruptedException {
        return start(dataDir, freePort(), "server", extraArgs);
    }

    /** Starts the server on {@code port}, logging to {@code logName}.log in the data directory, and waits for it. */
    public static ServerProcess start(Path dataDir, int port, String logName, List<String> extraArgs)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseG1GC");
        command.add("--enable-native-access=ALL-UNNAMED");
        // Its temporary files (Tomcat's) in the data directory, so they go with it even when the server was killed.
        command.add("-Djava.io.tmpdir=" + Files.createDirectories(dataDir.resolve("tmp")));
        // e.g. -Dvuoro.server.jvm-options="-XX:StartFlightRecording=filename=server.jfr" to profile a benchmark
        for (var option : System.getProperty("vuoro.server.jvm-options", "").split("\\s+")) {
            if (!option.isBlank()) command.add(option);
        }
        // The packaged jar when given (what ships, with its production front end); else the test class path.
        var jar = System.getProperty("vuoro.server.jar");
        if (jar != null) {
            command.add("-jar");
            command.add(jar);
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("fi.vuoro.server.VuoroServer");
        }
        command.add("--server.port=" + port);
        command.add("--vuoro.data-dir=" + dataDir);
        command.add("--spring.profiles.active=demo");
        command.add("--logging.level.root=WARN");
        command.addAll(extraArgs);
        Files.createDirectories(dataDir);
        var log = dataDir.resolve(logName + ".log");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var server = new ServerProcess(process, port);
        try {
            server.awaitHealthy(Duration.ofSeconds(360), log); // a loaded shared machine can take minutes
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close(); // not left running, writing into a data directory that its test deletes
            throw e;
        }
        return server;
    }

    public long pid() {
        return process.pid();
    }

    /** Resident set size of the server process in MiB, from /proc (Linux). */
    public long rssMiB() throws IOException {
        for (var line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** CPU time (user + system) the server process has used so far, in milliseconds, from /proc (Linux). */
    public long cpuMillis() throws IOException {
        var stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        // Fields after the command name (which may contain spaces) start behind the last ')'.
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / 100; // USER_HZ is 100 on Linux
    }

    /** Fails with the server's log (its data directory is usually deleted when the test ends). */
    private void awaitHealthy(Duration timeout, Path log) throws InterruptedException, IOException {
        var client = HttpClient.newHttpClient();
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(
                        "server exited with " + process.exitValue() + "; its log:\n" + Files.readString(log));
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IOException("server not healthy within " + timeout + "; its log:\n" + Files.readString(log));
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGKILL, as a power cut or {@code kill -9} would end it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(
                    java.util.concurrent.TimeUnit.SECONDS.toMillis(15), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
