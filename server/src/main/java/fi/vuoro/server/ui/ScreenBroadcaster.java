package fi.vuoro.server.ui;

import com.vaadin.flow.shared.Registration;
import fi.vuoro.server.queue.QueueEvent;
import fi.vuoro.server.site.SiteConfigurationChanged;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans queue events out to the screens attached in this JVM, per site. Listeners run on the publishing thread, so
 * a view must hop onto its UI with {@code ui.access(...)}; one failing screen never stops the others.
 *
 * <p>Only events committed on this node arrive here. Screens resynchronise from a snapshot on attach, and a
 * multi-node setup would feed this from the STOMP relay instead (see docs/staff-views.md).
 */
@Component
public class ScreenBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenBroadcaster.class);

    private final ConcurrentHashMap<String, Set<Consumer<QueueEvent>>> listeners = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<Consumer<SiteConfigurationChanged>>> configListeners =
            new ConcurrentHashMap<>();

    /**
     * Registers {@code listener} for the site's configuration changes (renamed services, counters…), so a screen
     * can re-read names without a reload; remove the returned registration on detach.
     */
    public Registration registerConfig(String siteId, Consumer<SiteConfigurationChanged> listener) {
        Set<Consumer<SiteConfigurationChanged>> site =
                configListeners.computeIfAbsent(siteId, k -> new CopyOnWriteArraySet<>());
        site.add(listener);
        return () -> site.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SiteConfigurationChanged event) {
        for (Consumer<SiteConfigurationChanged> listener : configListeners.getOrDefault(event.siteId(), Set.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A screen listener failed on {}; other screens still get it", event, e);
            }
        }
    }

    /** Registers {@code listener} for the site's events; remove the returned registration on detach. */
    public Registration register(String siteId, Consumer<QueueEvent> listener) {
        Set<Consumer<QueueEvent>> site = listeners.computeIfAbsent(siteId, k -> new CopyOnWriteArraySet<>());
        site.add(listener);
        return () -> site.remove(listener);
    }

    @EventListener
    void on(QueueEvent event) {
        for (Consumer<QueueEvent> listener : listeners.getOrDefault(event.siteId(), Set.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A screen listener failed on {}; other screens still get it", event, e);
            }
        }
    }

    int listenerCount(String siteId) {
        return listeners.getOrDefault(siteId, Set.of()).size();
    }
}
