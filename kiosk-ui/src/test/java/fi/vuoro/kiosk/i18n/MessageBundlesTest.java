package fi.vuoro.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every language has every text: a missing key would show "!key" to a visitor. */
class MessageBundlesTest {

    private static Properties load(Language language) throws IOException {
        var name = "/messages_" + language.code() + ".properties";
        try (var in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void allThreeBundlesHaveExactlyTheSameKeysAndNoEmptyValues() throws IOException {
        var english = load(Language.EN);
        assertThat(english).isNotEmpty();
        for (var language : Language.values()) {
            var bundle = load(language);
            assertThat(bundle.stringPropertyNames())
                    .as("keys of " + language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            bundle.forEach((key, value) -> {
                assertThat(value.toString()).as(language + " " + key).isNotBlank();
                // MessageFormat swallows ASCII apostrophes; the bundles use ’ instead.
                assertThat(value.toString()).as(language + " " + key).doesNotContain("'");
            });
        }
    }

    @Test
    void theProviderTranslatesPerLanguageAndFormatsArguments() {
        var provider = new KioskI18NProvider();
        assertThat(provider.getTranslation("help.button", Locale.of("fi"))).isEqualTo("Puhu ihmisen kanssa");
        assertThat(provider.getTranslation("help.button", Locale.of("sv"))).isEqualTo("Tala med en person");
        assertThat(provider.getTranslation("help.comingNamed", Locale.of("en"), "Mari"))
                .isEqualTo("Mari from reception is coming to you.");
        assertThat(provider.getTranslation("wait.minutes", Locale.of("fi"), 1140L))
                .isEqualTo("Noin 1140 min");
        assertThat(provider.getTranslation("no.such.key", Locale.of("en"))).isEqualTo("!no.such.key");
        // A locale the kiosk does not offer falls back to Finnish, not to the JVM's default.
        assertThat(provider.getTranslation("help.button", Locale.GERMAN)).isEqualTo("Puhu ihmisen kanssa");
    }
}
