package fi.vuoro.server.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Keeps a language picked with {@code ?lang=} for the rest of the session: a new page (UI) starts in it instead of
 * the browser's language, so views that build their labels in the constructor show them in the chosen language.
 */
@Component
public class SessionLanguage implements VaadinServiceInitListener {

    private static final String KEY = SessionLanguage.class.getName();

    /** Remembers {@code locale} for the current session's next pages. */
    public static void remember(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KEY, locale);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (init.getUI().getSession().getAttribute(KEY) instanceof Locale locale) {
                init.getUI().setLocale(locale);
            }
        });
    }
}
