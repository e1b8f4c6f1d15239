package fi.vuoro.server.messaging;

import fi.vuoro.server.site.SiteConfigurationChanged;
import java.time.Instant;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Relays {@link SiteConfigurationChanged} to {@code /topic/site.{siteId}.config} after the change committed (or at
 * once when published outside a transaction), so kiosks and displays re-read what they show.
 */
@Component
class SiteConfigurationBroadcaster {

    /** The wire form: {@code {"kind":"SERVICES","at":"…"}}. */
    record ConfigChanged(String kind, Instant at) {}

    private final SimpMessagingTemplate broker;

    SiteConfigurationBroadcaster(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SiteConfigurationChanged event) {
        broker.convertAndSend(
                Destinations.configTopic(event.siteId()),
                new ConfigChanged(event.kind().name(), event.at()));
    }
}
