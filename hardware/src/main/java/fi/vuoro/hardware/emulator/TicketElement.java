package fi.vuoro.hardware.emulator;

import fi.vuoro.hardware.escpos.Alignment;
import fi.vuoro.hardware.escpos.MonochromeImage;
import java.util.List;

/** What the emulated print head put on paper, in order. */
public sealed interface TicketElement {

    /** A run of text in one style. */
    record Run(String text, boolean bold, int width, int height) {}

    /** One printed line; empty runs mean a blank line. */
    record TextLine(List<Run> runs, Alignment alignment) implements TicketElement {
        public TextLine {
            runs = List.copyOf(runs);
        }

        public String text() {
            var sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }

        public int maxHeight() {
            return runs.stream().mapToInt(Run::height).max().orElse(1);
        }
    }

    record Feed(int lines) implements TicketElement {}

    record QrCode(String data, int moduleSize, Alignment alignment) implements TicketElement {}

    record Barcode(String data, int height, int moduleWidth, boolean textBelow, Alignment alignment)
            implements TicketElement {}

    record Image(MonochromeImage image, Alignment alignment) implements TicketElement {}
}
