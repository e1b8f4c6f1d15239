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
    // Off the publisher's thread: its after-commit callback still holds a database connection.
    private final java.util.concurrent.Executor executor =
            java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    Registration register(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DeviceHealthChanged event) {
        for (Runnable listener : listeners) {
            executor.execute(() -> {
                try {
                    listener.run();
                } catch (RuntimeException ignored) {
                    // one broken screen must not stop the others
                }
            });
        }
    }
}
