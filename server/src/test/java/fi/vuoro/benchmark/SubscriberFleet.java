package fi.vuoro.benchmark;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.MimeType;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * N real STOMP-over-WebSocket clients subscribed to a site's calls topic, recording when each call reaches each
 * of them (nanoTime of the same JVM that made the call, so no clock skew).
 */
final class SubscriberFleet implements AutoCloseable {

    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CALLED_AT = Pattern.compile("\"calledAt\"\\s*:\\s*\"([^\"]+)\"");

    private final WebSocketStompClient client;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final List<StompSession> sessions = new ArrayList<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Double> latenciesMillis = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Double> fromServerMillis = new ConcurrentLinkedQueue<>();
    final AtomicInteger received = new AtomicInteger();

    SubscriberFleet() {
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("bench-stomp-");
        scheduler.initialize();
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new RawJson());
        client.setTaskScheduler(scheduler);
        client.setDefaultHeartbeat(new long[] {0, 0});
        client.setInboundMessageSizeLimit(1 << 20);
    }

    /**
     * Connects {@code count} subscribers, at most 100 handshakes in flight. A handshake that fails (on a busy
     * machine the connect can time out) is retried up to twice; the number of retries is printed.
     */
    void connect(int port, String site, String bearerToken, int count) throws InterruptedException {
        var url = "ws://127.0.0.1:" + port + "/ws";
        var inFlight = new Semaphore(100);
        var failures = new AtomicInteger();
        var retries = new AtomicInteger();
        var ready = new java.util.concurrent.CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            connectOne(url, site, bearerToken, 0, inFlight, failures, retries, ready);
        }
        if (!ready.await(180, TimeUnit.SECONDS) || failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of " + count + " STOMP connections failed");
        }
        if (retries.get() > 0) {
            System.out.printf("(%d STOMP handshakes needed a retry)%n", retries.get());
        }
        // SUBSCRIBE frames are asynchronous; give the broker a moment to register them all.
        Thread.sleep(Math.max(500, count / 5));
    }

    /**
     * Registers when the call for {@code number} was sent. Arrivals that beat the registration (the broker can be
     * faster than the HTTP response) are matched from the pending list.
     */
    void markSentAt(String number, long nanoTime) {
        sentAt.put(number, nanoTime);
        for (var arrival : early) {
            // Whoever removes an early arrival records it, so a race with the receiving thread counts it once.
            if (arrival.number().equals(number) && early.remove(arrival)) {
                latenciesMillis.add((arrival.nanoTime() - nanoTime) / 1e6);
            }
        }
    }

    private void connectOne(
            String url,
            String site,
            String bearerToken,
            int attempt,
            Semaphore inFlight,
            AtomicInteger failures,
            AtomicInteger retries,
            java.util.concurrent.CountDownLatch ready) {
        var connectHeaders = new StompHeaders();
        connectHeaders.add("Authorization", bearerToken);
        client.connectAsync(url, new WebSocketHttpHeaders(), connectHeaders, new StompSessionHandlerAdapter() {})
                .whenComplete((session, error) -> {
                    if (error != null && attempt < 2) {
                        retries.incrementAndGet();
                        connectOne(url, site, bearerToken, attempt + 1, inFlight, failures, retries, ready);
                        return;
                    }
                    inFlight.release();
                    if (error != null) {
                        failures.incrementAndGet();
                    } else {
                        session.subscribe("/topic/site." + site + ".calls", new Recorder());
                        synchronized (sessions) {
                            sessions.add(session);
                        }
                    }
                    ready.countDown();
                });
    }

    private record Arrival(String number, long nanoTime) {}

    private final ConcurrentLinkedQueue<Arrival> early = new ConcurrentLinkedQueue<>();

    double[] latenciesMillis() {
        return latenciesMillis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Per delivery: from the call's time stamp on the server ({@code calledAt}, taken inside the calling transaction,
     * before its commit) to receipt, on the wall clock both processes share on this machine. Leaves out the HTTP
     * round trip of the call and the time the client needs to send it.
     */
    double[] fromServerMillis() {
        return fromServerMillis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    void reset() {
        sentAt.clear();
        latenciesMillis.clear();
        fromServerMillis.clear();
        received.set(0);
    }

    @Override
    public void close() {
        synchronized (sessions) {
            for (var session : sessions) {
                try {
                    session.disconnect();
                } catch (RuntimeException ignored) {
                    // already gone
                }
            }
            sessions.clear();
        }
        client.stop();
        scheduler.shutdown();
    }

    private final class Recorder implements StompFrameHandler {
        @Override
        public Type getPayloadType(StompHeaders headers) {
            return String.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            long now = System.nanoTime();
            var wallClock = java.time.Instant.now();
            var calledAt = CALLED_AT.matcher((String) payload);
            if (calledAt.find()) {
                fromServerMillis.add(java.time.Duration.between(java.time.Instant.parse(calledAt.group(1)), wallClock)
                                .toNanos()
                        / 1e6);
            }
            var matcher = NUMBER.matcher((String) payload);
            if (matcher.find()) {
                var sent = sentAt.get(matcher.group(1));
                if (sent != null) {
                    latenciesMillis.add((now - sent) / 1e6);
                } else {
                    var arrival = new Arrival(matcher.group(1), now);
                    early.add(arrival);
                    var registered = sentAt.get(arrival.number());
                    if (registered != null && early.remove(arrival)) {
                        latenciesMillis.add((now - registered) / 1e6);
                    }
                }
            }
            received.incrementAndGet();
        }
    }

    /** Hands the JSON body over as a String whatever its content type says. */
    private static final class RawJson extends AbstractMessageConverter {
        RawJson() {
            super(new MimeType("application", "json"));
            setStrictContentTypeMatch(false);
        }

        @Override
        protected boolean supports(Class<?> clazz) {
            return clazz == String.class;
        }

        @Override
        protected boolean supportsMimeType(MessageHeaders headers) {
            return true;
        }

        @Override
        protected Object convertFromInternal(Message<?> message, Class<?> targetClass, Object conversionHint) {
            var payload = message.getPayload();
            return payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : payload.toString();
        }
    }
}
