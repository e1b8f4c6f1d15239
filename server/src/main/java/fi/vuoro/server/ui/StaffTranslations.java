package fi.vuoro.server.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every string on the staff views, in Finnish, Swedish and English ({@code staff-i18n/staff_*.properties}). A
 * missing key shows as {@code !key!} so it is visible on screen rather than silently English.
 */
@Component
public class StaffTranslations implements I18NProvider {

    public static final Locale FI = Locale.of("fi");
    public static final Locale SV = Locale.of("sv");
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FI, SV, EN);

    static final String BUNDLE = "staff-i18n/staff";

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            supported,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The locale among fi/sv/en that matches {@code locale}'s language, English otherwise. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return EN;
        }
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(EN);
    }
}
