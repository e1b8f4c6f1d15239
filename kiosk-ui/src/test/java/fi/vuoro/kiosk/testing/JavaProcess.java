package fi.vuoro.kiosk.testing;

import static fi.vuoro.kiosk.testing.Await.awaitTrue;

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
import java.util.concurrent.TimeUnit;

/** A jar in its own JVM (this JDK's {@code java}), output to a log, up once a URL answers 200. */
public final class JavaProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private JavaProcess() {}

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Starts {@code java <jvmOptions> -jar <jar> <arguments>} and waits until {@code ready} answers 200.
     *
     * @param what names the process in failures ("server", "kiosk"), which point at the log
     */
    public static Process start(
            String what,
            List<String> jvmOptions,
            Path jar,
            List<String> arguments,
            Path log,
            String ready,
            Duration timeout)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitTrue(timeout, what + " up at " + ready + "; see " + log, () -> {
                if (!process.isAlive()) throw new IllegalStateException(what + " exited; see " + log);
                try {
                    return HTTP.send(
                                            HttpRequest.newBuilder(URI.create(ready))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                } catch (IOException | InterruptedException notYet) {
                    return false;
                }
            });
        } catch (RuntimeException | AssertionError | InterruptedException e) {
            // Not left running in a directory that its test deletes; the log is shown here as it goes with it.
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            System.err.println(log + ":\n" + Files.readString(log));
            throw e;
        }
        return process;
    }
}
