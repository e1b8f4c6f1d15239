package fi.vuoro.kiosk.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Vaadin's translation source: {@code messages_<lang>.properties} on the class path, read as UTF-8. */
@Component
public class KioskI18NProvider implements I18NProvider {

    static final String BUNDLE = "messages";
    private static final Logger log = LoggerFactory.getLogger(KioskI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = Language.of(locale == null ? Locale.of("fi") : locale);
        try {
            // No fallback to the JVM's default locale: the bundle asked for is the one shown.
            var bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            var pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("missing translation {} for {}", key, language);
            return "!" + key;
        }
    }
}
