package fi.vuoro.server.lobby;

import com.vaadin.flow.shared.Registration;
import fi.vuoro.server.health.DeviceHealthChanged;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the consoles attached in this JVM that their site's lobby changed, after the change committed. Listeners
 * run on their own virtual thread: views hop onto their UI with {@code ui.access(...)} and redraw from the services.
 */
@Component
public class LobbyFeed {

    private static final Logger LOG = LoggerFactory.getLogger(LobbyFeed.class);

    private final ConcurrentHashMap<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    /**
     * Screens redraw on their own virtual thread, never on the publisher's: after-commit callbacks still hold the
     * transaction's connection, and a redraw that needs more connections there can exhaust the pool.
     */
    private final Executor executor = Executors.newVirtualThreadPerTaskExecutor();

    public Registration register(String siteId, Runnable listener) {
        Set<Runnable> site = listeners.computeIfAbsent(siteId, k -> new CopyOnWriteArraySet<>());
        site.add(listener);
        return () -> site.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LobbyChanged event) {
        notify(event.siteId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DeviceHealthChanged event) {
        notify(event.siteId());
    }

    private void notify(String siteId) {
        for (Runnable listener : listeners.getOrDefault(siteId, Set.of())) {
            executor.execute(() -> {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warn("A console listener failed; others still get it", e);
                }
            });
        }
    }
}
