package fi.vuoro.server.messaging;

import fi.vuoro.server.security.DevicePrincipal;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.messaging.SessionConnectedEvent;

/**
 * The open WebSocket sessions of each device on this node, so that revoking a device can cut it off at once instead
 * of waiting for it to reconnect. STOMP's session id is the WebSocket session's id, which ties the authenticated
 * CONNECT (where the device's principal is known) to the socket that can be closed.
 *
 * <p>With several nodes each node closes only its own sessions; see docs/security.md.
 */
@Component
public class DeviceSessions {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceSessions.class);

    private final Map<String, WebSocketSession> sockets = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> sessionsByDevice = new ConcurrentHashMap<>();

    /** Closes every open session of the device on this node; returns how many were closed. */
    public int disconnect(String deviceId) {
        Set<String> ids = sessionsByDevice.remove(deviceId);
        if (ids == null) {
            return 0;
        }
        int closed = 0;
        for (String id : ids) {
            WebSocketSession socket = sockets.remove(id);
            if (socket != null && socket.isOpen()) {
                try {
                    socket.close(CloseStatus.POLICY_VIOLATION.withReason("device revoked"));
                    closed++;
                } catch (IOException e) {
                    LOG.debug("closing session {} of revoked device {} failed: {}", id, deviceId, e.getMessage());
                }
            }
        }
        LOG.info("Closed {} session(s) of device {}", closed, deviceId);
        return closed;
    }

    /** Open sessions of the device on this node. */
    public int count(String deviceId) {
        return sessionsByDevice.getOrDefault(deviceId, Set.of()).size();
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        if (event.getUser() instanceof Authentication auth && auth.getPrincipal() instanceof DevicePrincipal device) {
            String sessionId = (String) event.getMessage().getHeaders().get("simpSessionId");
            if (sessionId != null) {
                sessionsByDevice
                        .computeIfAbsent(device.deviceId(), k -> ConcurrentHashMap.newKeySet())
                        .add(sessionId);
            }
        }
    }

    /** Wraps the STOMP WebSocket handler to see sockets open and close. */
    WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                sockets.put(session.getId(), session);
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                sockets.remove(session.getId());
                sessionsByDevice.values().forEach(ids -> ids.remove(session.getId()));
                super.afterConnectionClosed(session, status);
            }
        };
    }
}
