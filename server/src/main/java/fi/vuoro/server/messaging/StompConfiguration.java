package fi.vuoro.server.messaging;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * STOMP over WebSocket at {@code /ws} (SockJS fallback at {@code /ws-sockjs}), with the in-process broker or, with
 * {@code vuoro.messaging.relay.enabled}, a RabbitMQ STOMP relay. Heartbeats both ways; a slow client is cut off
 * instead of holding up anyone else.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class StompConfiguration implements WebSocketMessageBrokerConfigurer {

    private final MessagingProperties properties;
    private final StompAuthenticationInterceptor authentication;
    private final TaskScheduler heartbeatScheduler;
    private final DeviceSessions deviceSessions;
    private final TopicFanout fanout;

    StompConfiguration(
            MessagingProperties properties,
            StompAuthenticationInterceptor authentication,
            DeviceSessions deviceSessions,
            TopicFanout fanout,
            // Spring's own broker scheduler; lazy because it is created by the configuration this class feeds.
            @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler heartbeatScheduler) {
        this.properties = properties;
        this.authentication = authentication;
        this.heartbeatScheduler = heartbeatScheduler;
        this.deviceSessions = deviceSessions;
        this.fanout = fanout;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        var origins = properties.allowedOriginPatterns().toArray(String[]::new);
        // A client subscribes to a topic and then asks for the snapshot; handling its frames in order means the
        // topic subscription is live before the snapshot is read, so no change falls between the two.
        registry.setPreserveReceiveOrder(true);
        registry.addEndpoint("/ws").setAllowedOriginPatterns(origins).addInterceptors(new RemoteAddressHandshake());
        registry.addEndpoint("/ws-sockjs")
                .setAllowedOriginPatterns(origins)
                .addInterceptors(new RemoteAddressHandshake())
                .withSockJS();
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        long heartbeat = properties.heartbeat().toMillis();
        var relay = properties.relay();
        if (relay.enabled()) {
            registry.enableStompBrokerRelay("/topic", "/queue")
                    .setRelayHost(relay.host())
                    .setRelayPort(relay.port())
                    .setVirtualHost(relay.virtualHost())
                    .setClientLogin(relay.login())
                    .setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login())
                    .setSystemPasscode(relay.passcode())
                    .setSystemHeartbeatSendInterval(heartbeat)
                    .setSystemHeartbeatReceiveInterval(heartbeat)
                    // With several nodes a user's sessions may live on another node: these two topics let the
                    // nodes find them. Dots, because RabbitMQ rejects slashes after /topic/.
                    .setUserDestinationBroadcast("/topic/vuoro.unresolved-user")
                    .setUserRegistryBroadcast("/topic/vuoro.user-registry");
        } else {
            registry.enableSimpleBroker("/topic", "/queue")
                    .setHeartbeatValue(new long[] {heartbeat, heartbeat})
                    .setTaskScheduler(heartbeatScheduler);
        }
        registry.setApplicationDestinationPrefixes(Destinations.APP_PREFIX);
        registry.setUserDestinationPrefix(Destinations.USER_PREFIX);
        // "site.{site}.queue" instead of "site/{site}/queue", for the RabbitMQ relay.
        registry.setPathMatcher(new AntPathMatcher("."));
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        // Each session gets a decorator that buffers for a slow client up to these limits and then closes only that
        // session; other sessions never wait for it.
        registration
                .setSendTimeLimit((int) properties.sendTimeLimit().toMillis())
                .setSendBufferSizeLimit((int) properties.sendBufferSizeLimit().toBytes())
                .setMessageSizeLimit((int) properties.inboundMessageSizeLimit().toBytes())
                // Lets a revoked device's sockets be closed at once (DeviceSessions).
                .addDecoratorFactory(deviceSessions::decorate)
                // Outermost: every socket written through one guarded session, shared with the broadcast lanes.
                .addDecoratorFactory(fanout::decorate);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(authentication);
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        return new WebSocketFrameLimits(
                (int) properties.inboundMessageSizeLimit().toBytes());
    }

    /**
     * STOMP registers several executors (inbound/outbound channels, broker); Vaadin then fails to start with
     * "Multiple TaskExecutor beans found" unless it is given its own by this name.
     */
    @Bean("VaadinTaskExecutor")
    TaskExecutor vaadinTaskExecutor() {
        var executor = new SimpleAsyncTaskExecutor("vaadin-");
        executor.setVirtualThreads(true);
        return executor;
    }
}
