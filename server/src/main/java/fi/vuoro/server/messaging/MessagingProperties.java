package fi.vuoro.server.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * STOMP settings ({@code vuoro.messaging.*}). The defaults run the in-process broker with no configuration.
 *
 * @param heartbeat interval both ways; a silent peer is dropped after about three intervals
 * @param sendTimeLimit how long one slow client may hold up sending to itself before its session is closed
 * @param sendBufferSizeLimit how much may queue up for one slow client before its session is closed
 * @param inboundMessageSizeLimit largest STOMP message a client may send (the WebSocket container reserves a text
 *     buffer of this many characters per session, so keep it small: client messages are status and help requests)
 * @param allowedOriginPatterns browser origins allowed to open {@code /ws}; empty means same origin only
 *     (non-browser clients send no Origin and are always allowed)
 */
@ConfigurationProperties("vuoro.messaging")
public record MessagingProperties(
        @DefaultValue("10s") Duration heartbeat,
        @DefaultValue("10s") Duration sendTimeLimit,
        @DefaultValue("512KB") DataSize sendBufferSizeLimit,
        @DefaultValue("16KB") DataSize inboundMessageSizeLimit,
        @DefaultValue List<String> allowedOriginPatterns,
        @DefaultValue Relay relay) {

    /**
     * RabbitMQ (or another STOMP broker) instead of the in-process broker, for several server nodes. The {@code
     * relay} profile switches it on.
     */
    public record Relay(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("61613") int port,
            @DefaultValue("guest") String login,
            @DefaultValue("guest") String passcode,
            @DefaultValue("/") String virtualHost) {}
}
