package fi.vuoro.hardware.emulator;

import fi.vuoro.hardware.escpos.Alignment;

/** A ticket as plain text, aligned in the paper's font A columns; codes and images as bracketed notes. */
final class TicketTextRenderer {

    private TicketTextRenderer() {}

    static String render(EmulatedTicket ticket) {
        int columns = ticket.paperWidth().columns();
        var sb = new StringBuilder();
        for (TicketElement e : ticket.elements()) {
            switch (e) {
                case TicketElement.TextLine line -> sb.append(align(line.text(), line.alignment(), columns));
                case TicketElement.Feed feed -> sb.append("\n".repeat(Math.max(0, feed.lines() - 1)));
                case TicketElement.QrCode qr -> sb.append(align("[QR " + qr.data() + "]", qr.alignment(), columns));
                case TicketElement.Barcode bc ->
                    sb.append(align("[CODE128 " + bc.data() + "]", bc.alignment(), columns));
                case TicketElement.Image img ->
                    sb.append(align(
                            "[image " + img.image().width() + "x" + img.image().height() + "]",
                            img.alignment(),
                            columns));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String align(String text, Alignment alignment, int columns) {
        int pad = Math.max(0, columns - text.length());
        String left =
                switch (alignment) {
                    case LEFT -> "";
                    case CENTRE -> " ".repeat(pad / 2);
                    case RIGHT -> " ".repeat(pad);
                };
        return (left + text).stripTrailing();
    }
}
