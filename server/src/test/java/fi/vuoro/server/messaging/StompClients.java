package fi.vuoro.server.messaging;

import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** Real STOMP clients over a real WebSocket for the tests, with heartbeats and JSON payloads. */
public final class StompClients implements AutoCloseable {

    static final long[] HEARTBEAT = {10_000, 10_000};

    private final int port;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
    private final List<Session> sessions = new java.util.concurrent.CopyOnWriteArrayList<>();

    public StompClients(int port) {
        this.port = port;
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("stomp-test-");
        scheduler.initialize();
        client.setMessageConverter(new CompositeMessageConverter(
                List.of(new StringMessageConverter(), new JacksonJsonMessageConverter())));
        client.setTaskScheduler(scheduler);
        client.setDefaultHeartbeat(HEARTBEAT);
    }

    /** Connects with an {@code Authorization} native header ({@code null} for none). */
    public Session connect(String authorization) {
        var headers = new StompHeaders();
        if (authorization != null) {
            headers.add("Authorization", authorization);
        }
        var handler = new Session();
        sessions.add(handler);
        handler.future = client.connectAsync(
                        "ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(), headers, handler)
                .thenApply(session -> {
                    handler.session = session;
                    return session;
                });
        return handler;
    }

    @Override
    public void close() {
        // stop() leaves open sessions running; a test must not leave connected users behind for the next one.
        sessions.stream()
                .map(session -> session.session)
                .filter(session -> session != null && session.isConnected())
                .forEach(session -> {
                    try {
                        session.disconnect();
                    } catch (RuntimeException alreadyCut) {
                        // The server may have closed it a moment ago (a test about being cut off): nothing to do.
                    }
                });
        client.stop();
        scheduler.shutdown();
    }

    /** A connection attempt and, once open, its session; records ERROR frames and transport failures. */
    public static final class Session extends StompSessionHandlerAdapter {

        CompletableFuture<StompSession> future;
        public volatile StompSession session;
        /** The CONNECTED frame's headers; the session future may complete before they are handed over. */
        final CompletableFuture<StompHeaders> connected = new CompletableFuture<>();

        public final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

        public StompSession await() throws Exception {
            return future.get(10, TimeUnit.SECONDS);
        }

        public <T> BlockingQueue<T> subscribe(String destination, Class<T> type) {
            var received = new LinkedBlockingQueue<T>();
            session.subscribe(destination, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return type;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    received.add(type.cast(payload));
                }
            });
            return received;
        }

        @Override
        public void afterConnected(StompSession session, StompHeaders connectedHeaders) {
            connected.complete(connectedHeaders);
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return String.class; // ERROR frames carry text
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            errors.add(headers.getFirst("message") + " " + payload);
        }

        @Override
        public void handleException(
                StompSession session, StompCommand command, StompHeaders headers, byte[] payload, Throwable e) {
            errors.add("exception: " + e);
        }

        @Override
        public void handleTransportError(StompSession session, Throwable e) {
            errors.add("transport: " + e);
        }
    }

    /** Waits briefly for the next element; {@code null} if none came (for use inside {@link #awaitTrue} loops). */
    public static <T> T pollBriefly(BlockingQueue<T> queue) {
        try {
            return queue.poll(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Waits until a subscription is live by sending pings until one arrives: the simple broker sends no receipts,
     * so a message published right after SUBSCRIBE may pass before the broker has registered it. Callers skip
     * late pings when they read the queue.
     */
    public static void awaitSubscribed(String what, BlockingQueue<?> received, Runnable ping)
            throws InterruptedException {
        awaitTrue("the subscription to " + what + " is registered", () -> {
            ping.run();
            return pollBriefly(received) != null;
        });
    }

    /** The type of the warm-up commands sent to a device topic while {@link #awaitSubscribed} waits. */
    public static final String PING = "PING";

    /** The next element that is not a late warm-up ping; fails after 10 s without one. */
    public static <T> T nextAfterPings(BlockingQueue<T> queue, java.util.function.Predicate<T> isPing)
            throws InterruptedException {
        T next;
        do {
            next = queue.poll(10, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("nothing arrived within 10 s");
            }
        } while (isPing.test(next));
        return next;
    }

    /** Polls a condition for up to 10 s: a functional time-out, not a performance target. */
    public static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
