package fi.vuoro.hardware.escpos;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an encoder could not print. Each unprintable character went out as {@code ?}; this report is how that is
 * never silent.
 */
public record EncodingReport(List<Unprintable> unprintable) {

    public EncodingReport {
        unprintable = List.copyOf(unprintable);
    }

    public static EncodingReport clean() {
        return new EncodingReport(List.of());
    }

    public boolean isClean() {
        return unprintable.isEmpty();
    }

    /** A one-line summary such as {@code "2 unprintable: 'Ж' CYRILLIC CAPITAL LETTER ZHE, ..."}. */
    public String summary() {
        if (isClean()) return "all text printable";
        return unprintable.size() + " unprintable: "
                + unprintable.stream()
                        .map(u -> "'" + u.character() + "' " + u.name())
                        .distinct()
                        .collect(Collectors.joining(", "));
    }
}
