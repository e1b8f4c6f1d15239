package fi.vuoro.server.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/**
 * Translated texts for pure renderers (classes that turn stored codes into words without being components): a view
 * passes {@code this::getTranslation}, a test or an export passes {@link #of(StaffTranslations, Locale)}.
 */
@FunctionalInterface
public interface Texts {

    String get(String key, Object... params);

    /** The translation, or {@code fallback} when the bundles have no such key (e.g. a code added later). */
    default String getOr(String key, String fallback, Object... params) {
        String text = get(key, params);
        return text == null || (text.startsWith("!") && text.endsWith("!")) ? fallback : text;
    }

    static Texts of(Component component) {
        return component::getTranslation;
    }

    static Texts of(StaffTranslations translations, Locale locale) {
        return (key, params) -> translations.getTranslation(key, locale, params);
    }
}
