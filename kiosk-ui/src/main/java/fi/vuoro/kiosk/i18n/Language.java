package fi.vuoro.kiosk.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A kiosk language, labelled in itself so a visitor finds their own. */
public enum Language {
    FI("fi", "Suomi"),
    SV("sv", "Svenska"),
    EN("en", "English");

    private final String code;
    private final String ownName;

    Language(String code, String ownName) {
        this.code = code;
        this.ownName = ownName;
    }

    public String code() {
        return code;
    }

    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values())
                .filter(l -> l.code.equalsIgnoreCase(code))
                .findFirst();
    }

    public static Language of(Locale locale) {
        return ofCode(locale.getLanguage()).orElse(FI);
    }
}
