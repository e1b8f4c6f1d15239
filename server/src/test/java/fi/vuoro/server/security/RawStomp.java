package fi.vuoro.server.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bare STOMP 1.2 client on the JDK's WebSocket (which, like the kiosk's client, sends no Origin header): CONNECT
 * with any {@code Authorization}, SUBSCRIBE, read MESSAGE bodies.
 */
final class RawStomp implements AutoCloseable {

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final WebSocket socket;
    private final StringBuilder partial = new StringBuilder();

    RawStomp(int port) {
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            var text = partial.toString();
                            partial.setLength(0);
                            if (!text.isBlank()) {
                                frames.add(text);
                            }
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                        frames.add("CLOSED");
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        frames.add("CLOSED");
                    }
                })
                .join();
    }

    /** CONNECT; returns the first frame's command (CONNECTED or ERROR/CLOSED). */
    String connect(String authorization) throws InterruptedException {
        var frame = new StringBuilder("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n");
        if (authorization != null) {
            frame.append("Authorization:").append(authorization).append('\n');
        }
        send(frame.append('\n').toString());
        return command(next());
    }

    /** The body of the next MESSAGE frame, or null when none comes within a second or the connection ends. */
    String pollMessageBody() throws InterruptedException {
        while (true) {
            var frame = frames.poll(1, TimeUnit.SECONDS);
            if (frame == null) {
                return null;
            }
            var command = command(frame);
            if (command.equals("MESSAGE")) {
                int body = frame.indexOf("\n\n");
                return frame.substring(body + 2).replace("\0", "");
            }
            if (command.equals("ERROR") || command.equals("CLOSED")) {
                return null;
            }
        }
    }

    void subscribe(String destination, String id) {
        send("SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\n\n");
    }

    /** Sends a frame; a connection the server already closed (after an ERROR) is not an error here. */
    private void send(String frame) {
        try {
            socket.sendText(frame + "\0", true).join();
        } catch (java.util.concurrent.CompletionException closed) {
            frames.add("CLOSED");
        }
    }

    private String next() throws InterruptedException {
        var frame = frames.poll(15, TimeUnit.SECONDS);
        if (frame == null) {
            throw new IllegalStateException("no STOMP frame within 15 s");
        }
        return frame;
    }

    private static String command(String frame) {
        int end = frame.indexOf('\n');
        return (end < 0 ? frame : frame.substring(0, end)).strip();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
