package fi.vuoro.hardware.ticket;

import fi.vuoro.hardware.escpos.EncodingReport;

/** A ticket's ESC/POS bytes and what in its text the printer could not show. */
public record EncodedTicket(byte[] bytes, EncodingReport report) {

    /** Seconds on an 8N1 serial line: 10 bits per byte. */
    public double secondsAt(int baud) {
        return bytes.length * 10.0 / baud;
    }
}
