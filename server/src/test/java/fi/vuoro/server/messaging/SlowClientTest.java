package fi.vuoro.server.messaging;

import static fi.vuoro.server.messaging.StompClients.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.demo.DemoCredentials;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * A client that stops reading must not hold up anyone else: the server cuts it off at the buffer limit while a
 * well-behaved client keeps receiving. The slow client is a raw WebSocket that, after CONNECTED, never asks for
 * another frame, so TCP back-pressure reaches the server.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:slow-client;DB_CLOSE_DELAY=-1",
            "vuoro.messaging.send-buffer-size-limit=256KB",
            "vuoro.messaging.send-time-limit=2s"
        })
@ActiveProfiles("demo")
@Import(SlowClientTest.Disconnects.class)
class SlowClientTest {

    @LocalServerPort
    int port;

    @Autowired
    DeviceCommands deviceCommands;

    @Autowired
    Disconnects disconnects;

    @Autowired
    TopicFanout fanout;

    @Autowired
    MeterRegistry metrics;

    @Test
    void aClientThatStopsReadingIsCutOffAndOthersKeepReceiving() throws Exception {
        connectNeverReading(DemoCredentials.KIOSK_TOKEN, Destinations.deviceTopic(DemoCredentials.KIOSK_ID));
        try (var clients = new StompClients(port)) {
            var display = clients.connect("Bearer " + DemoCredentials.DISPLAY_TOKEN);
            display.await();
            var toDisplay =
                    display.subscribe(Destinations.deviceTopic(DemoCredentials.DISPLAY_ID), DeviceCommand.class);
            awaitTrue("the display's subscription is live", () -> {
                deviceCommands.send(DemoCredentials.DISPLAY_ID, command("PING", ""));
                return StompClients.pollBriefly(toDisplay) != null;
            });

            // ~24 MB for the kiosk: far beyond kernel socket buffers and the 256 KB session buffer.
            var blob = "x".repeat(60_000);
            int cutOffBefore = disconnects.notReliable().size();
            for (int i = 0; i < 400 && disconnects.notReliable().size() == cutOffBefore; i++) {
                deviceCommands.send(DemoCredentials.KIOSK_ID, command("BIG", blob));
                if (i % 20 == 0) {
                    deviceCommands.send(DemoCredentials.DISPLAY_ID, command("TICK-" + i, ""));
                }
            }
            deviceCommands.send(DemoCredentials.DISPLAY_ID, command("AFTER", ""));

            awaitTrue(
                    "the server cut off the slow session",
                    () -> disconnects.notReliable().size() > cutOffBefore);
            DeviceCommand last;
            do {
                last = toDisplay.poll(10, TimeUnit.SECONDS);
                assertThat(last).as("the display keeps receiving").isNotNull();
            } while (!last.type().equals("AFTER"));
            assertThat(display.session.isConnected()).isTrue();
        }
    }

    /**
     * The calls topic goes out through the fan-out lanes, not the broker's thread pool: a display that stops reading
     * holds its lane only until the send time limit, is then cut off, and every other display gets every call.
     */
    @Test
    void aDisplayThatStopsReadingIsCutOffFromTheCallsTopicAndOthersGetEveryCall() throws Exception {
        var topic = Destinations.callsTopic("demo");
        double failedBefore = metrics.counter("vuoro.stomp.fanout.failed").count();
        connectNeverReading(DemoCredentials.DISPLAY_TOKEN, topic);
        try (var clients = new StompClients(port)) {
            // Several well-behaved displays, so that some share the slow one's lane.
            var received = new ArrayList<BlockingQueue<Map>>();
            var displays = new ArrayList<StompClients.Session>();
            for (int i = 0; i < 6; i++) {
                var display = clients.connect("Bearer " + DemoCredentials.DISPLAY_TOKEN);
                display.await();
                displays.add(display);
                received.add(display.subscribe(topic, Map.class));
            }
            awaitTrue("the displays' subscriptions are live", () -> {
                fanout.send(topic, Map.of("ping", true));
                return received.stream().allMatch(queue -> StompClients.pollBriefly(queue) != null);
            });
            received.forEach(BlockingQueue::clear);

            // Up to ~24 MB: far beyond kernel socket buffers and the 256 KB session buffer (frames small enough for the
            // Spring clients' 64 KB default).
            var blob = "x".repeat(4_000);
            int cutOffBefore = disconnects.all().size();
            int sent = 0;
            for (; sent < 6_000 && disconnects.all().size() == cutOffBefore; sent++) {
                fanout.send(topic, Map.of("n", sent, "blob", blob));
            }
            fanout.send(topic, Map.of("n", sent, "last", true));

            // Its lane's blocking write times out at the send time limit (Tomcat reports 1006 "Write timeout").
            awaitTrue(
                    "the server cut off the slow display",
                    () -> disconnects.all().size() > cutOffBefore);
            for (var queue : received) {
                int expected = 0;
                Map<?, ?> frame;
                do {
                    frame = queue.poll(20, TimeUnit.SECONDS);
                    assertThat(frame)
                            .as("a well-behaved display keeps receiving")
                            .isNotNull();
                    if (!frame.containsKey("n")) continue; // a late ping
                    assertThat(frame.get("n")).as("every call, in order").isEqualTo(expected++);
                } while (!frame.containsKey("last"));
            }
            assertThat(metrics.counter("vuoro.stomp.fanout.failed").count()).isGreaterThan(failedBefore);
            assertThat(displays).allMatch(display -> display.session.isConnected());
        }
    }

    /** Connects a raw client that subscribes to {@code destination} and then reads nothing more. */
    private void connectNeverReading(String token, String destination) throws Exception {
        var slow = new NeverReadingStompClient(token, destination);
        HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), slow)
                .get(10, TimeUnit.SECONDS);
        slow.connected.get(10, TimeUnit.SECONDS);
    }

    private static DeviceCommand command(String type, String payload) {
        return new DeviceCommand(type, Map.of("payload", payload), Instant.now());
    }

    /** Speaks just enough STOMP to subscribe, then stops reading. */
    static final class NeverReadingStompClient implements WebSocket.Listener {

        final CompletableFuture<Void> connected = new CompletableFuture<>();
        private final StringBuilder frame = new StringBuilder();
        private final String token;
        private final String destination;

        NeverReadingStompClient(String token, String destination) {
            this.token = token;
            this.destination = destination;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.sendText(
                    "CONNECT\naccept-version:1.2\nheart-beat:0,0\nAuthorization:Bearer " + token + "\n\n\0", true);
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frame.append(data);
            if (!last) {
                webSocket.request(1);
                return null;
            }
            if (frame.toString().startsWith("CONNECTED")) {
                webSocket.sendText("SUBSCRIBE\nid:0\ndestination:" + destination + "\n\n\0", true);
                connected.complete(null);
            }
            // No further request(): from here on the client reads nothing.
            return null;
        }
    }

    @TestConfiguration
    static class Disconnects {

        private final List<CloseStatus> statuses = new CopyOnWriteArrayList<>();

        @EventListener
        void on(SessionDisconnectEvent event) {
            statuses.add(event.getCloseStatus());
        }

        /** Every session closed so far, with its close status. */
        List<CloseStatus> all() {
            return List.copyOf(statuses);
        }

        /** Sessions closed because they could not keep up (send time or buffer limit). */
        List<CloseStatus> notReliable() {
            return statuses.stream()
                    .filter(status -> status.equalsCode(CloseStatus.SESSION_NOT_RELIABLE))
                    .toList();
        }
    }
}
