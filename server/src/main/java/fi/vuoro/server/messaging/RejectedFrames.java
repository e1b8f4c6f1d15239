package fi.vuoro.server.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.stereotype.Component;

/** Counts ({@code vuoro.stomp.frames.rejected}, tagged by command and reason) and logs every refused frame. */
@Component
class RejectedFrames {

    private static final Logger log = LoggerFactory.getLogger(RejectedFrames.class);

    private final MeterRegistry registry;

    RejectedFrames(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(StompCommand command, String reason, String who, String destination) {
        Counter.builder("vuoro.stomp.frames.rejected")
                .description("STOMP frames refused by authentication or authorisation")
                .tag("command", String.valueOf(command))
                .tag("reason", reason)
                .register(registry)
                .increment();
        log.warn("Rejected STOMP {} from {} to {}: {}", command, who, destination, reason);
    }

    double count(StompCommand command, String reason) {
        var counter = registry.find("vuoro.stomp.frames.rejected")
                .tag("command", String.valueOf(command))
                .tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
