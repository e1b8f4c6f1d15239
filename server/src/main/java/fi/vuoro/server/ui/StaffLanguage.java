package fi.vuoro.server.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The staff views' language: {@code ?lang=fi|sv|en} picks it and the session remembers it, so the next staff view
 * opened without {@code ?lang=} is in the same language; otherwise Vaadin's choice from the browser stays. Views call
 * {@link #apply} first in {@code beforeEnter} and build every text after it (texts built in a constructor would be in
 * the language the UI had before).
 */
public final class StaffLanguage {

    /** The session attribute holding the chosen {@link Locale}. */
    public static final String SESSION_ATTRIBUTE = "vuoro.staff.language";

    private StaffLanguage() {}

    /** Sets the UI's locale from {@code ?lang=} or the session's remembered choice; returns the locale in use. */
    public static Locale apply(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent();
        var requested = event.getLocation().getQueryParameters().getSingleParameter("lang");
        Locale locale = requested
                .map(lang -> StaffTranslations.supported(Locale.of(lang)))
                .orElseGet(() -> session == null ? null : (Locale) session.getAttribute(SESSION_ATTRIBUTE));
        if (locale != null) {
            if (session != null) {
                session.setAttribute(SESSION_ATTRIBUTE, locale);
            }
            event.getUI().setLocale(locale);
        }
        return event.getUI().getLocale();
    }
}
