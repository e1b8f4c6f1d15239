package fi.vuoro.server.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * Sends one message to every subscriber of a topic with the payload converted and the frame encoded once, for
 * topics with thousands of subscribers (the calls topic: every waiting-room display). Spring's in-process broker
 * builds, queues, encodes and re-encodes a message per subscriber (about 20 µs of CPU each; 5,000 displays took
 * longer than the 100 ms a call may take to reach them). The broker stays the authority on who subscribed: this
 * asks its subscription registry, so authorisation, UNSUBSCRIBE and DISCONNECT work as for every other topic.
 *
 * <p>Sessions are split into lanes (one thread each, as many as cores) by session id: one session's messages always
 * leave in order from one lane. Each socket is written through a {@link ConcurrentWebSocketSessionDecorator} with
 * the configured send time and buffer limits, which Spring's own sending also passes through, so both can write to a
 * session safely and a client that cannot keep up is closed as for any other topic. A client that stops reading
 * while its kernel socket buffer is full holds its lane for at most the send time limit (the blocking write times out
 * then and the session is closed); clients that stop reading altogether stop sending heart-beats too, and the broker
 * drops them long before their buffers fill.
 *
 * <p>With the RabbitMQ relay there is no local registry (RabbitMQ fans out): messages go through the broker as
 * usual.
 */
@Component
public class TopicFanout implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(TopicFanout.class);

    /** Tomcat's per-session limit for a blocking write (ms); its default is 20 s. */
    private static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    private final Map<String, ConcurrentWebSocketSessionDecorator> sessions = new ConcurrentHashMap<>();
    private final ObjectProvider<SimpleBrokerMessageHandler> simpleBroker;
    private final ObjectProvider<SimpMessagingTemplate> template;
    private final MessagingProperties properties;
    private final ExecutorService[] lanes;
    /** Message ids of broadcast frames: one per message, shared by its subscribers. */
    private final AtomicLong broadcasts = new AtomicLong();

    private final Counter failed;

    TopicFanout(
            ObjectProvider<SimpleBrokerMessageHandler> simpleBroker,
            ObjectProvider<SimpMessagingTemplate> template,
            MessagingProperties properties,
            MeterRegistry metrics) {
        this.simpleBroker = simpleBroker;
        this.template = template;
        this.properties = properties;
        this.lanes = new ExecutorService[Math.max(2, Runtime.getRuntime().availableProcessors())];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().name("stomp-fanout-" + i).daemon().factory());
        }
        this.failed = Counter.builder("vuoro.stomp.fanout.failed")
                .description("Broadcast frames that could not be written (the session is closed)")
                .register(metrics);
    }

    /**
     * Converts {@code payload} as {@link SimpMessagingTemplate#convertAndSend(Object, Object)} would and sends it to
     * every subscriber of {@code destination}. Returns at once; the frames are written on the lanes.
     */
    public void send(String destination, Object payload) {
        var broker = simpleBroker.getIfAvailable();
        if (broker == null || !broker.isBrokerAvailable()) {
            template.getObject().convertAndSend(destination, payload);
            return;
        }
        Message<?> converted = template.getObject().getMessageConverter().toMessage(payload, null);
        if (converted == null || !(converted.getPayload() instanceof byte[] body)) {
            template.getObject().convertAndSend(destination, payload);
            return;
        }
        var lookup = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        lookup.setDestination(destination);
        var subscribers = broker.getSubscriptionRegistry()
                .findSubscriptions(MessageBuilder.createMessage(body, lookup.getMessageHeaders()));
        if (subscribers.isEmpty()) return;

        var contentType = converted.getHeaders().get(MessageHeaders.CONTENT_TYPE);
        var frame = BroadcastFrame.of(
                destination,
                contentType instanceof MimeType mime ? mime.toString() : String.valueOf(contentType),
                "f" + broadcasts.incrementAndGet(),
                new String(body, StandardCharsets.UTF_8));
        // Per lane, one entry per subscription: parallel arrays, so that a lane walks two arrays and nothing else.
        var byLane = new Lane[lanes.length];
        subscribers.forEach((sessionId, subscriptionIds) -> {
            var session = sessions.get(sessionId);
            if (session == null) return;
            int lane = Math.floorMod(sessionId.hashCode(), lanes.length);
            if (byLane[lane] == null) byLane[lane] = new Lane(subscribers.size() / lanes.length + 16);
            for (var subscriptionId : subscriptionIds) byLane[lane].add(session, subscriptionId);
        });
        for (int lane = 0; lane < lanes.length; lane++) {
            var targets = byLane[lane];
            if (targets == null) continue;
            int index = lane;
            lanes[lane].execute(() -> deliver(frame, targets));
        }
    }

    private void deliver(BroadcastFrame frame, Lane targets) {
        WebSocketSession failedSession = null;
        for (int i = 0; i < targets.size; i++) {
            var session = targets.sessions[i];
            if (session == failedSession || !session.isOpen()) continue;
            try {
                session.sendMessage(new TextMessage(frame.forSubscriber(targets.subscriptionIds[i])));
            } catch (SessionLimitExceededException e) {
                failed.increment();
                failedSession = session;
                close(session, e.getStatus());
            } catch (IOException | RuntimeException e) {
                failed.increment();
                failedSession = session;
                LOG.debug("broadcast to session {} failed: {}", session.getId(), e.toString());
                close(session, CloseStatus.SESSION_NOT_RELIABLE);
            }
        }
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing session {} failed: {}", session.getId(), e.toString());
        }
    }

    /**
     * Wraps the STOMP handler so that every socket is written through one guarded session that both this class and
     * Spring's outbound channel use. Without the in-process broker (relay) the handler is left as it is.
     */
    WebSocketHandler decorate(WebSocketHandler handler) {
        if (properties.relay().enabled()) return handler;
        int timeLimit = (int) properties.sendTimeLimit().toMillis();
        int bufferLimit = (int) properties.sendBufferSizeLimit().toBytes();
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                if (session instanceof NativeWebSocketSession standard
                        && standard.getNativeSession() instanceof jakarta.websocket.Session socket) {
                    socket.getUserProperties().put(BLOCKING_SEND_TIMEOUT, (long) timeLimit);
                }
                var guarded = new ConcurrentWebSocketSessionDecorator(session, timeLimit, bufferLimit);
                sessions.put(session.getId(), guarded);
                super.afterConnectionEstablished(guarded);
            }

            @Override
            public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
                super.handleMessage(guarded(session), message);
            }

            @Override
            public void handleTransportError(WebSocketSession session, Throwable exception) throws Exception {
                super.handleTransportError(guarded(session), exception);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
                var guarded = sessions.remove(session.getId());
                super.afterConnectionClosed(guarded == null ? session : guarded, closeStatus);
            }
        };
    }

    private WebSocketSession guarded(WebSocketSession session) {
        var guarded = sessions.get(session.getId());
        return guarded == null ? session : guarded;
    }

    /** Sessions this node writes broadcasts to (open WebSocket sessions on the in-process broker). */
    int sessionCount() {
        return sessions.size();
    }

    @Override
    public void destroy() throws InterruptedException {
        for (var lane : lanes) lane.shutdown();
        for (var lane : lanes) lane.awaitTermination(2, TimeUnit.SECONDS);
    }

    /** One lane's share of a broadcast: the i-th subscription is {@code subscriptionIds[i]} of {@code sessions[i]}. */
    private static final class Lane {
        WebSocketSession[] sessions;
        String[] subscriptionIds;
        int size;

        Lane(int capacity) {
            sessions = new WebSocketSession[capacity];
            subscriptionIds = new String[capacity];
        }

        void add(WebSocketSession session, String subscriptionId) {
            if (size == sessions.length) {
                sessions = java.util.Arrays.copyOf(sessions, size * 2);
                subscriptionIds = java.util.Arrays.copyOf(subscriptionIds, size * 2);
            }
            sessions[size] = session;
            subscriptionIds[size++] = subscriptionId;
        }
    }
}
