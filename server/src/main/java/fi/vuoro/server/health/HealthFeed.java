package fi.vuoro.server.health;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells health boards attached in this JVM that some device reported, after the report committed. */
@Component
class HealthFeed {

    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();

    Registration register(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DeviceHealthChanged event) {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException ignored) {
                // one broken screen must not stop the others
            }
        }
    }
}
