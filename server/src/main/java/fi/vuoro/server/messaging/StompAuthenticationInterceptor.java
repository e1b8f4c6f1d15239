package fi.vuoro.server.messaging;

import fi.vuoro.server.security.CredentialsAuthenticator;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.LoginThrottledException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Authenticates STOMP CONNECT and authorises SUBSCRIBE and SEND on the inbound channel.
 *
 * <p>CONNECT takes an {@code Authorization} native header ({@code Basic} for staff, {@code Bearer} for devices),
 * or else the principal of an already logged-in browser session that opened the WebSocket. A refused frame is
 * dropped, counted, and answered with an ERROR frame, after which the server closes the connection (STOMP 1.2).
 *
 * <p>The ERROR frame is sent explicitly rather than by throwing: inbound frames are handled in order per session
 * (see {@link StompConfiguration}), and on that path an exception would only be logged, leaving the client hanging.
 */
@Component
class StompAuthenticationInterceptor implements ChannelInterceptor {

    static final String AUTHORIZATION = "Authorization";

    private final CredentialsAuthenticator authenticator;
    private final RejectedFrames rejected;
    private final MessageChannel clientOutboundChannel;

    StompAuthenticationInterceptor(
            CredentialsAuthenticator authenticator,
            RejectedFrames rejected,
            @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutboundChannel) {
        this.authenticator = authenticator;
        this.rejected = rejected;
        this.clientOutboundChannel = clientOutboundChannel;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() == null) {
            return message; // heartbeats and internal messages
        }
        return switch (accessor.getCommand()) {
            case CONNECT, STOMP -> connect(message, accessor);
            case SUBSCRIBE ->
                authorise(
                        message,
                        accessor,
                        SubscriptionPolicy.checkSubscribe(deviceOf(accessor.getUser()), accessor.getDestination()));
            case SEND -> authorise(message, accessor, SubscriptionPolicy.checkSend(accessor.getDestination()));
            // UNSUBSCRIBE, ACK, NACK, DISCONNECT, transactions: nothing to protect
            default -> message;
        };
    }

    private Message<?> connect(Message<?> message, StompHeaderAccessor accessor) {
        var header = accessor.getFirstNativeHeader(AUTHORIZATION);
        if (header == null) {
            header = accessor.getFirstNativeHeader("authorization");
        }
        if (header != null) {
            var attributes = accessor.getSessionAttributes();
            var address = attributes == null ? null : (String) attributes.get(RemoteAddressHandshake.ATTRIBUTE);
            try {
                accessor.setUser(authenticator.authenticate(header, address));
                return message;
            } catch (LoginThrottledException e) {
                return refuse(accessor, "throttled", e.getMessage());
            } catch (AuthenticationException e) {
                return refuse(accessor, "bad-credentials", "Authentication failed: " + e.getMessage());
            }
        }
        if (accessor.getUser() instanceof Authentication session
                && session.isAuthenticated()
                && !(session instanceof AnonymousAuthenticationToken)) {
            return message; // a logged-in browser session opened the WebSocket
        }
        return refuse(accessor, "no-credentials", "CONNECT needs an Authorization header (Basic or Bearer)");
    }

    private Message<?> authorise(Message<?> message, StompHeaderAccessor accessor, String refusal) {
        if (accessor.getUser() == null) {
            return refuse(accessor, "not-connected", "Not authenticated");
        }
        if (refusal != null) {
            return refuse(accessor, refusal, "Not allowed: " + accessor.getDestination());
        }
        return message;
    }

    private Message<?> refuse(StompHeaderAccessor frame, String reason, String text) {
        var who = frame.getUser() == null
                ? "session " + frame.getSessionId()
                : frame.getUser().getName();
        rejected.record(frame.getCommand(), reason, who, frame.getDestination());
        var error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(text);
        error.setSessionId(frame.getSessionId());
        if (frame.getReceipt() != null) {
            error.setReceiptId(frame.getReceipt());
        }
        clientOutboundChannel.send(
                MessageBuilder.createMessage(text.getBytes(StandardCharsets.UTF_8), error.getMessageHeaders()));
        return null; // dropped
    }

    private static DevicePrincipal deviceOf(Principal user) {
        return user instanceof Authentication auth && auth.getPrincipal() instanceof DevicePrincipal device
                ? device
                : null;
    }
}
