package fi.vuoro.server.messaging;

import java.util.Map;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Keeps the client's address from the WebSocket handshake in the session attributes, so that STOMP CONNECT password
 * checks are throttled per address like form login and HTTP Basic.
 */
final class RemoteAddressHandshake implements HandshakeInterceptor {

    static final String ATTRIBUTE = "vuoro.remoteAddress";

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        var address = request instanceof ServletServerHttpRequest servlet
                ? servlet.getServletRequest().getRemoteAddr()
                : request.getRemoteAddress() == null
                        ? null
                        : request.getRemoteAddress().getAddress().getHostAddress();
        if (address != null) {
            attributes.put(ATTRIBUTE, address);
        }
        return true;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {}
}
