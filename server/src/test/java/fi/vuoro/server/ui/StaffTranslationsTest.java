package fi.vuoro.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every screen in three languages: the bundles must carry the same keys, none of them blank. */
class StaffTranslationsTest {

    @Test
    void bundlesHaveTheSameKeys() throws Exception {
        Properties en = load("");
        Properties fi = load("_fi");
        Properties sv = load("_sv");
        assertThat(en).isNotEmpty();
        assertThat(fi.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        assertThat(sv.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        for (Properties p : new Properties[] {en, fi, sv}) {
            assertThat(p.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        }
    }

    @Test
    void translatesWithParametersAndFallsBackToEnglish() {
        var translations = new StaffTranslations();
        assertThat(translations.getTranslation("display.waitingCount", Locale.of("fi"), 3))
                .isEqualTo("3 odottaa");
        assertThat(translations.getTranslation("counter.callNext", Locale.of("sv")))
                .isEqualTo("Ropa nästa");
        assertThat(translations.getTranslation("counter.callNext", Locale.GERMAN))
                .isEqualTo("Call next");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String suffix) throws Exception {
        var p = new Properties();
        try (InputStream in = StaffTranslationsTest.class.getResourceAsStream(
                "/" + StaffTranslations.BUNDLE + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
