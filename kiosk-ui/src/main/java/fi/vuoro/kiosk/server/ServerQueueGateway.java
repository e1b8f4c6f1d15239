package fi.vuoro.kiosk.server;

import fi.vuoro.kiosk.KioskProperties;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * The real gateway: REST for services and tickets, STOMP over WebSocket at {@code /ws} for live waits and device
 * commands, both with {@code Authorization: Bearer <device token>}; services are re-read when the site's config
 * topic says they changed. It reconnects by itself; after each connect it
 * asks who it is ({@code GET /api/v1/devices/me}), subscribes to its device topic, applies reception's overrides
 * and takes a fresh snapshot, so what is shown after an outage is the true state. Without a token it waits in
 * {@link ConnectionState#NOT_PAIRED} until {@link #tokenChanged()}.
 */
public final class ServerQueueGateway implements QueueGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerQueueGateway.class);

    private final KioskProperties properties;
    private final Supplier<String> token;
    private final RestClient rest;
    private final QueueMessages messages = new QueueMessages();
    private final LiveWaits liveWaits = new LiveWaits();
    private final List<Consumer<DeviceCommand>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> servicesListeners = new CopyOnWriteArrayList<>();
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final WebSocketStompClient stomp;

    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile StompSession session;
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicBoolean reconnectScheduled =
            new java.util.concurrent.atomic.AtomicBoolean();
    private List<ServiceOption> catalog = List.of();
    private volatile DeviceSelf self;
    private volatile DeviceStatus lastStatusSent;
    private volatile Runnable onUnauthorized = () -> {};

    public ServerQueueGateway(KioskProperties properties) {
        this(properties, properties::deviceToken);
    }

    /** @param token the current device token; blank when the kiosk is not paired yet */
    public ServerQueueGateway(KioskProperties properties, Supplier<String> token) {
        this.properties = properties;
        this.token = token;
        this.rest = ServerApi.client(properties, "/api/v1", this::currentToken);
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("kiosk-stomp-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setMessageConverter(new JacksonJsonMessageConverter());
        stomp.setTaskScheduler(scheduler);
        // Heartbeats make a silently dead connection (cable pulled, server frozen) show up as offline.
        stomp.setDefaultHeartbeat(new long[] {10_000, 10_000});
    }

    public void start() {
        scheduler.execute(this::connect);
    }

    @Override
    public List<ServiceOption> services() {
        synchronized (this) {
            var live = liveWaits.summaries();
            var merged = new ArrayList<ServiceOption>();
            for (var service : catalog) {
                var figures = live.get(service.id());
                merged.add(
                        figures == null
                                ? service
                                : service.withFigures(
                                        figures.waiting(), figures.estimatedWaitSeconds(), figures.open()));
            }
            return merged;
        }
    }

    @Override
    public ConnectionState connectionState() {
        return state;
    }

    @Override
    public IssuedTicket issue(TicketRequest request) throws TicketNotIssued {
        var body = new LinkedHashMap<String, Object>();
        body.put("serviceId", request.serviceId());
        body.put("language", request.language());
        if (request.priority() != null) body.put("priority", request.priority());
        if (request.appointmentReference() != null) body.put("appointmentReference", request.appointmentReference());
        if (request.appointmentAt() != null)
            body.put("appointmentAt", request.appointmentAt().toString());
        if (request.cardHash() != null) body.put("cardHash", request.cardHash());
        body.put("idempotencyKey", request.idempotencyKey());
        try {
            var answer = rest.post()
                    .uri("/sites/{site}/tickets", properties.site())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(JsonNode.class);
            return messages.issued(answer)
                    .orElseThrow(() -> new TicketNotIssued("server answered without id/number: " + answer, null));
        } catch (RestClientException e) {
            throw new TicketNotIssued("ticket not confirmed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean requestHelp(HelpRequest request) {
        return send("/app/kiosk.help", request);
    }

    @Override
    public void cancelHelp(String requestId) {
        send("/app/kiosk.help.cancel", java.util.Map.of("requestId", requestId));
    }

    @Override
    public boolean sendResult(CommandResult result) {
        return send("/app/device.result", result);
    }

    /** Fetches {@code GET /api/v1/devices/me} now; the last answer when the server cannot be asked. */
    @Override
    public Optional<DeviceSelf> self() {
        if (currentToken().isBlank()) return Optional.empty();
        try {
            var body = rest.get().uri("/devices/me").retrieve().body(JsonNode.class);
            messages.self(body).ifPresent(found -> self = found);
        } catch (HttpClientErrorException.Unauthorized e) {
            log.warn("the server does not accept this kiosk's device token");
            state = ConnectionState.NOT_PAIRED;
            onUnauthorized.run();
        } catch (RestClientException e) {
            log.info("devices/me not available: {}", e.getMessage());
        }
        return Optional.ofNullable(self);
    }

    @Override
    public Optional<Appointment> appointment(String reference) {
        return lookUp(() -> rest.get()
                .uri("/sites/{site}/appointments/{reference}", properties.site(), reference)
                .retrieve()
                .body(JsonNode.class));
    }

    @Override
    public Optional<Appointment> appointmentByCard(String cardHash) {
        return lookUp(() -> rest.get()
                .uri("/sites/{site}/appointments?cardHash={hash}", properties.site(), cardHash)
                .retrieve()
                .body(JsonNode.class));
    }

    private Optional<Appointment> lookUp(Supplier<JsonNode> call) {
        try {
            return messages.appointment(call.get());
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        } catch (RestClientException e) {
            log.info("appointment look-up failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** A new token was stored (pairing): connect with it. */
    public void tokenChanged() {
        var current = session;
        if (current != null && current.isConnected()) current.disconnect();
        state = ConnectionState.CONNECTING;
        scheduler.execute(this::connect);
    }

    /** Called when the server rejects the token (revoked): the pairing screen takes over. */
    public void onUnauthorized(Runnable callback) {
        this.onUnauthorized = Objects.requireNonNull(callback);
    }

    private String currentToken() {
        var value = token.get();
        return value == null ? "" : value.trim();
    }

    @Override
    public void reportStatus(DeviceStatus status) {
        if (send("/app/kiosk.status", status)) lastStatusSent = status;
    }

    /** The last device status handed to a connected STOMP session, or null. */
    public DeviceStatus lastStatusSent() {
        return lastStatusSent;
    }

    @Override
    public Runnable onCommand(Consumer<DeviceCommand> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public Runnable onServicesChanged(Runnable listener) {
        servicesListeners.add(listener);
        return () -> servicesListeners.remove(listener);
    }

    /** Malformed frames and items dropped so far (exposed for health reporting). */
    public long droppedMessages() {
        return messages.dropped();
    }

    private boolean send(String destination, Object payload) {
        var current = session;
        if (current == null || !current.isConnected()) {
            return false;
        }
        try {
            current.send(destination, payload);
            return true;
        } catch (RuntimeException e) {
            log.warn("could not send to {}: {}", destination, e.getMessage());
            return false;
        }
    }

    private void connect() {
        reconnectScheduled.set(false);
        if (closed) return;
        if (currentToken().isBlank()) {
            state = ConnectionState.NOT_PAIRED;
            return;
        }
        refreshServices();
        var before = self;
        var now = self().orElse(null);
        if (state == ConnectionState.NOT_PAIRED) return;
        if (now != null && !sameDevices(before, now)) {
            // Serial settings from the server (or a change of them while we were away): reopen the devices.
            dispatch(new DeviceCommand.ConfigChanged());
        }
        var url = URI.create(
                properties.serverUrl().toString().replaceFirst("^http", "ws").replaceAll("/$", "") + "/ws");
        var connectHeaders = new StompHeaders();
        connectHeaders.add(HttpHeaders.AUTHORIZATION, "Bearer " + currentToken());
        stomp.connectAsync(url, new WebSocketHttpHeaders(), connectHeaders, new Handler())
                .whenComplete((s, error) -> {
                    if (error != null) lost(error);
                });
    }

    private void refreshServices() {
        try {
            var body = rest.get()
                    .uri("/sites/{site}/services", properties.site())
                    .retrieve()
                    .body(JsonNode.class);
            var parsed = messages.services(body);
            boolean changed;
            synchronized (this) {
                changed = !parsed.equals(catalog);
                catalog = parsed;
            }
            if (changed) servicesListeners.forEach(Runnable::run);
        } catch (RestClientException e) {
            log.info("services not available yet: {}", e.getMessage());
        }
    }

    private static boolean sameDevices(DeviceSelf a, DeviceSelf b) {
        if (a == null) return b.printer() == null && b.cardReader() == null && b.scanner() == null;
        return Objects.equals(a.printer(), b.printer())
                && Objects.equals(a.cardReader(), b.cardReader())
                && Objects.equals(a.scanner(), b.scanner());
    }

    private void applyOverrides() {
        try {
            var body = rest.get().uri("/devices/me/overrides").retrieve().body(JsonNode.class);
            messages.overrides(body).forEach(this::dispatch);
        } catch (HttpClientErrorException.NotFound e) {
            log.debug("the server keeps no overrides for devices yet");
        } catch (RestClientException e) {
            log.info("overrides not available: {}", e.getMessage());
        }
    }

    private void lost(Throwable why) {
        if (state == ConnectionState.NOT_PAIRED) return;
        session = null;
        if (state != ConnectionState.OFFLINE) {
            log.warn("server connection lost: {}", why.getMessage());
        }
        state = ConnectionState.OFFLINE;
        // A failed connect can report through both the future and the handler: schedule one retry only.
        if (!closed && reconnectScheduled.compareAndSet(false, true)) {
            scheduler.schedule(
                    this::connect,
                    java.time.Instant.now().plus(properties.timeouts().reconnectDelay()));
        }
    }

    private void requestSnapshot(StompSession current) {
        var holder = new StompSession.Subscription[1];
        holder[0] = current.subscribe("/app/site." + properties.site() + ".queue", new JsonFrames(body -> {
            messages.snapshot(body).ifPresent(snapshot -> {
                LiveWaits.Outcome outcome;
                synchronized (this) {
                    outcome = liveWaits.applySnapshot(snapshot.sequence(), snapshot.services(), snapshot.tickets());
                }
                if (outcome == LiveWaits.Outcome.GAP) requestSnapshot(current);
            });
            if (holder[0] != null) holder[0].unsubscribe();
        }));
    }

    private void onDelta(StompSession current, JsonNode body) {
        messages.delta(body).ifPresent(delta -> {
            LiveWaits.Outcome outcome;
            synchronized (this) {
                outcome = liveWaits.applyDelta(delta);
            }
            if (outcome == LiveWaits.Outcome.GAP) {
                log.info("queue sequence gap before {}; resynchronising", delta.sequence());
                requestSnapshot(current);
            }
        });
    }

    private void onCommand(JsonNode body) {
        messages.command(body).ifPresent(this::dispatch);
    }

    private void dispatch(DeviceCommand command) {
        for (var listener : listeners) {
            try {
                listener.accept(command);
            } catch (RuntimeException e) {
                log.warn("device command listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        var current = session;
        if (current != null && current.isConnected()) current.disconnect();
        scheduler.shutdown();
    }

    private final class Handler extends StompSessionHandlerAdapter {
        @Override
        public void afterConnected(StompSession connected, StompHeaders headers) {
            session = connected;
            connected.subscribe(
                    "/topic/site." + properties.site() + ".queue", new JsonFrames(b -> onDelta(connected, b)));
            // An admin renamed, opened or closed a service: re-read them (off the messaging thread: REST blocks).
            connected.subscribe("/topic/site." + properties.site() + ".config", new JsonFrames(b -> {
                if (messages.servicesChanged(b)) scheduler.execute(ServerQueueGateway.this::refreshServices);
            }));
            var me = self;
            if (me != null) {
                connected.subscribe(
                        "/topic/device." + me.deviceId(), new JsonFrames(ServerQueueGateway.this::onCommand));
            } else {
                log.warn("device id unknown (GET /api/v1/devices/me failed): no device commands until reconnect");
            }
            requestSnapshot(connected);
            state = ConnectionState.ONLINE;
            // Overrides are state: after any (re)connect the kiosk shows what reception set meanwhile.
            scheduler.execute(ServerQueueGateway.this::applyOverrides);
            log.info("connected to {}", properties.serverUrl());
        }

        @Override
        public void handleException(
                StompSession s, StompCommand command, StompHeaders headers, byte[] payload, Throwable exception) {
            log.warn("STOMP frame not handled: {}", exception.getMessage());
        }

        @Override
        public void handleTransportError(StompSession s, Throwable exception) {
            lost(exception);
        }
    }

    /** Hands each JSON frame to a consumer; a frame that is not JSON never reaches it. */
    private record JsonFrames(Consumer<JsonNode> consumer) implements StompFrameHandler {
        @Override
        public Type getPayloadType(StompHeaders headers) {
            return JsonNode.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            if (payload instanceof JsonNode node) consumer.accept(node);
        }
    }
}
