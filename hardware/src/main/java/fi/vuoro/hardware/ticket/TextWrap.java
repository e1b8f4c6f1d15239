package fi.vuoro.hardware.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Word wrap for tickets: by character columns for the printer's fixed font, or by measured width for PDFs. */
final class TextWrap {

    private TextWrap() {}

    static List<String> columns(String text, int columns) {
        return measured(text, columns, String::length);
    }

    /** Breaks at spaces; a word longer than a whole line is split where it must be. */
    static List<String> measured(String text, double maxWidth, ToDoubleFunction<String> width) {
        var lines = new ArrayList<String>();
        for (String paragraph : text.split("\\R")) {
            var line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) continue;
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width.applyAsDouble(candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) lines.add(line.toString());
                line.setLength(0);
                while (width.applyAsDouble(word) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width.applyAsDouble(word.substring(0, cut)) > maxWidth) cut--;
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (!line.isEmpty()) lines.add(line.toString());
        }
        return lines;
    }
}
