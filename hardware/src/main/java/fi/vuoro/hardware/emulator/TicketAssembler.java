package fi.vuoro.hardware.emulator;

import fi.vuoro.hardware.escpos.Alignment;
import fi.vuoro.hardware.escpos.MonochromeImage;
import fi.vuoro.hardware.ticket.PaperWidth;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The print head's state machine: applies parsed commands (style, alignment, text, codes, images) and hands out
 * a ticket on each cut. Lines longer than the paper wrap as on a printer, which also bounds a line's size; a
 * ticket is bounded to {@value #MAX_ELEMENTS} elements. Not thread-safe.
 */
final class TicketAssembler {

    static final int MAX_ELEMENTS = 2000;
    private static final int MAX_LOGOS = 16;
    private static final Charset PC437 = Charset.forName("IBM437");
    private static final Charset PC858 = Charset.forName("IBM00858");

    private final PaperWidth paperWidth;
    private final Clock clock;
    private final Map<String, MonochromeImage> logos = new HashMap<>();
    private final List<TicketElement> elements = new ArrayList<>();
    private final List<TicketElement.Run> runs = new ArrayList<>();
    private int lineColumns;
    private Alignment lineAlignment;
    private int sequence;
    private long droppedElements;

    private boolean bold;
    private int width = 1;
    private int height = 1;
    private Alignment alignment = Alignment.LEFT;
    private Charset charset = PC437;
    private int qrModule = 3;
    private byte[] qrData;
    private int barcodeHeight = 162;
    private int barcodeModule = 3;
    private int hri;

    TicketAssembler(PaperWidth paperWidth, Clock clock) {
        this.paperWidth = paperWidth;
        this.clock = clock;
    }

    /** Applies one command; returns the ticket it completed, if it was a cut. */
    Optional<EmulatedTicket> apply(EscPosCommand command) {
        switch (command) {
            case EscPosCommand.Initialise i -> resetModes();
            case EscPosCommand.SelectCodePage p -> charset = p.page() == 19 ? PC858 : PC437;
            case EscPosCommand.Bold b -> bold = b.on();
            case EscPosCommand.CharacterSize s -> {
                width = s.width();
                height = s.height();
            }
            case EscPosCommand.Justify j -> alignment = j.alignment();
            case EscPosCommand.Text t -> addText(new String(t.bytes(), charset));
            case EscPosCommand.LineFeed lf -> endLine();
            case EscPosCommand.FeedLines f -> {
                int lines = f.lines();
                if (!runs.isEmpty()) {
                    endLine();
                    lines--;
                }
                if (lines > 0) add(new TicketElement.Feed(lines));
            }
            case EscPosCommand.Cut c -> {
                return cut();
            }
            case EscPosCommand.QrModuleSize q -> qrModule = Math.max(1, Math.min(16, q.dots()));
            case EscPosCommand.QrStore q -> qrData = q.data();
            case EscPosCommand.QrPrint q -> {
                if (qrData != null) {
                    flushLine();
                    add(new TicketElement.QrCode(new String(qrData, StandardCharsets.UTF_8), qrModule, alignment));
                }
            }
            case EscPosCommand.BarcodeHeight h -> barcodeHeight = Math.max(1, h.dots());
            case EscPosCommand.BarcodeModuleWidth w -> barcodeModule = Math.max(1, Math.min(6, w.dots()));
            case EscPosCommand.HriPosition h -> hri = h.position();
            case EscPosCommand.Barcode b -> addBarcode(b);
            case EscPosCommand.RasterImage r -> {
                flushLine();
                add(new TicketElement.Image(r.image(), alignment));
            }
            case EscPosCommand.StoreLogo s -> {
                if (logos.size() < MAX_LOGOS || logos.containsKey(s.key())) logos.put(s.key(), s.image());
            }
            case EscPosCommand.PrintLogo p -> {
                MonochromeImage logo = logos.get(p.key());
                if (logo != null) {
                    flushLine();
                    add(new TicketElement.Image(logo, alignment));
                }
            }
            case EscPosCommand.QrErrorCorrection q -> {}
            case EscPosCommand.StatusRequest s -> {}
            case EscPosCommand.AutomaticStatusBack a -> {}
            case EscPosCommand.Ignored ig -> {}
        }
        return Optional.empty();
    }

    long droppedElements() {
        return droppedElements;
    }

    private void resetModes() {
        bold = false;
        width = 1;
        height = 1;
        alignment = Alignment.LEFT;
        charset = PC437;
        hri = 0;
        barcodeHeight = 162;
        barcodeModule = 3;
    }

    private void addText(String text) {
        int capacity = paperWidth.columns();
        int i = 0;
        while (i < text.length()) {
            if (runs.isEmpty()) lineAlignment = alignment;
            int fit = Math.max(1, (capacity - lineColumns) / width);
            if (lineColumns + width > capacity) {
                endLine(); // the printer wraps where the paper ends
                continue;
            }
            String part = text.substring(i, Math.min(text.length(), i + fit));
            runs.add(new TicketElement.Run(part, bold, width, height));
            lineColumns += part.length() * width;
            i += part.length();
        }
    }

    private void addBarcode(EscPosCommand.Barcode b) {
        String data = new String(b.data(), StandardCharsets.ISO_8859_1);
        if (b.system() == 73 && data.length() >= 2 && data.charAt(0) == '{') data = data.substring(2);
        if (data.isEmpty()) return;
        flushLine();
        add(new TicketElement.Barcode(data, barcodeHeight, barcodeModule, hri == 2 || hri == 3, alignment));
    }

    private void endLine() {
        if (runs.isEmpty()) lineAlignment = alignment;
        add(new TicketElement.TextLine(runs, lineAlignment));
        runs.clear();
        lineColumns = 0;
    }

    /** Codes and images start on a fresh line, as on a printer. */
    private void flushLine() {
        if (!runs.isEmpty()) endLine();
    }

    private void add(TicketElement element) {
        if (elements.size() >= MAX_ELEMENTS) {
            droppedElements++;
            return;
        }
        elements.add(element);
    }

    private Optional<EmulatedTicket> cut() {
        flushLine();
        if (elements.isEmpty()) return Optional.empty();
        var ticket = new EmulatedTicket(++sequence, clock.instant(), paperWidth, elements);
        elements.clear();
        return Optional.of(ticket);
    }
}
