package fi.vuoro.server.messaging;

import static fi.vuoro.server.messaging.StompClients.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.demo.DemoCredentials;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The broadcast path for the calls topic, read on the wire by raw WebSocket clients: every subscription gets every
 * message once, in order, under its own subscription id and a message id no other frame has; a socket that goes
 * away is forgotten without disturbing the others.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:topic-fanout;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class TopicFanoutTest {

    private static final String TOPIC = Destinations.callsTopic("demo");
    private static final Pattern N = Pattern.compile("\"n\":(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    TopicFanout fanout;

    @Autowired
    MeterRegistry metrics;

    private final List<RawStompClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(RawStompClient::close);
    }

    @Test
    void everySubscriptionGetsEveryMessageOnceInOrderUnderOneIdPerMessage() throws Exception {
        for (int i = 0; i < 24; i++) {
            var client = open();
            client.subscribe("sub:" + i, TOPIC); // a colon, escaped on the wire
            if (i == 0) client.subscribe("second", TOPIC);
        }
        awaitLive();

        for (int n = 0; n < 100; n++) {
            fanout.send(TOPIC, Map.of("n", n, "text", "ääliö €"));
        }

        // n → the message's id: the same for every subscriber, different for every message.
        var idOfMessage = new HashMap<Integer, String>();
        for (int i = 0; i < clients.size(); i++) {
            var client = clients.get(i);
            int subscriptions = i == 0 ? 2 : 1;
            awaitTrue("client received all", () -> client.numbered().size() >= 100 * subscriptions);
            var bySubscription = new HashMap<String, List<Integer>>();
            for (var frame : client.numbered()) {
                assertThat(frame.command()).isEqualTo("MESSAGE");
                assertThat(frame.headers()).containsEntry("destination", TOPIC);
                assertThat(frame.headers().get("content-type")).startsWith("application/json");
                assertThat(frame.body()).contains("ääliö €");
                var messageId = frame.headers().get("message-id");
                assertThat(messageId)
                        .as("written by the fan-out, not the broker")
                        .matches("f\\d+");
                assertThat(idOfMessage.computeIfAbsent(frame.n(), n -> messageId))
                        .as("message %d's id", frame.n())
                        .isEqualTo(messageId);
                bySubscription
                        .computeIfAbsent(frame.headers().get("subscription"), k -> new ArrayList<>())
                        .add(frame.n());
            }
            var expected = IntStream.range(0, 100).boxed().toList();
            assertThat(new HashSet<>(idOfMessage.values()))
                    .as("one id per message")
                    .hasSize(100);
            assertThat(bySubscription)
                    .as("client %d", i)
                    .isEqualTo(i == 0 ? Map.of("sub:0", expected, "second", expected) : Map.of("sub:" + i, expected));
        }
    }

    @Test
    void aSocketThatGoesAwayIsForgottenAndTheOthersKeepReceiving() throws Exception {
        var leaving = open();
        var staying = open();
        leaving.subscribe("a", TOPIC);
        staying.subscribe("b", TOPIC);
        awaitLive();
        int sessions = fanout.sessionCount();
        double failedBefore = metrics.counter("vuoro.stomp.fanout.failed").count();

        leaving.socket.abort();
        awaitTrue("the session is forgotten", () -> fanout.sessionCount() == sessions - 1);
        fanout.send(TOPIC, Map.of("n", 7));

        awaitTrue("the other client still receives", () -> staying.numbered().stream()
                .anyMatch(frame -> frame.n() == 7));
        assertThat(metrics.counter("vuoro.stomp.fanout.failed").count()).isEqualTo(failedBefore);
    }

    /** Pings the topic until every client has seen a ping, then forgets the pings. */
    private void awaitLive() throws InterruptedException {
        awaitTrue("every subscription is live", () -> {
            fanout.send(TOPIC, Map.of("ping", true));
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return clients.stream().allMatch(client -> client.frames.size() >= client.subscriptions);
        });
        // Pings sent by the last rounds may still be on their way; they carry no "n" and are ignored.
    }

    private RawStompClient open() throws Exception {
        var client = new RawStompClient();
        client.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("v12.stomp")
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), client)
                .get(10, TimeUnit.SECONDS);
        client.connected.get(10, TimeUnit.SECONDS);
        clients.add(client);
        return client;
    }

    record Frame(String command, Map<String, String> headers, String body) {
        int n() {
            var m = N.matcher(body);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
    }

    /** STOMP 1.2 over a plain WebSocket, frames parsed by hand: what a display sees on the wire. */
    static final class RawStompClient implements WebSocket.Listener {

        final CompletableFuture<Void> connected = new CompletableFuture<>();
        final List<Frame> frames = new CopyOnWriteArrayList<>();
        private final StringBuilder text = new StringBuilder();
        volatile WebSocket socket;
        volatile int subscriptions;

        void subscribe(String id, String destination) {
            subscriptions++;
            socket.sendText(
                            "SUBSCRIBE\nid:" + BroadcastFrame.escape(id) + "\ndestination:" + destination + "\n\n\0",
                            true)
                    .join();
        }

        List<Frame> numbered() {
            return frames.stream().filter(frame -> frame.n() >= 0).toList();
        }

        void close() {
            if (socket != null) socket.abort();
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.sendText(
                    "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\nAuthorization:Bearer "
                            + DemoCredentials.DISPLAY_TOKEN + "\n\n\0",
                    true);
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            int end;
            while ((end = text.indexOf("\0")) >= 0) {
                var raw = text.substring(0, end);
                text.delete(0, end + 1);
                var frame = parse(raw.stripLeading());
                if (frame.command().equals("CONNECTED")) {
                    connected.complete(null);
                } else {
                    frames.add(frame);
                }
            }
            webSocket.request(1);
            return null;
        }

        private static Frame parse(String raw) {
            int bodyStart = raw.indexOf("\n\n");
            var lines = raw.substring(0, bodyStart).split("\n");
            var headers = new HashMap<String, String>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.putIfAbsent(lines[i].substring(0, colon), unescape(lines[i].substring(colon + 1)));
            }
            return new Frame(lines[0], headers, raw.substring(bodyStart + 2));
        }

        private static String unescape(String value) {
            return value.replace("\\c", ":")
                    .replace("\\n", "\n")
                    .replace("\\r", "\r")
                    .replace("\\\\", "\\");
        }
    }
}
