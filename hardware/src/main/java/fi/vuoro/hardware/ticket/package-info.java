/**
 * The queue ticket as a document: {@link fi.vuoro.hardware.ticket.TicketLayout} says what is on it, {@link
 * fi.vuoro.hardware.ticket.EscPosTicketEncoder} turns it into a compact ESC/POS text ticket with a native QR code,
 * {@link fi.vuoro.hardware.ticket.TicketPdf} into a PDF with embedded DejaVu fonts, and {@link
 * fi.vuoro.hardware.ticket.PdfRaster} a PDF page into printer dots for printers without a usable text mode.
 */
package fi.vuoro.hardware.ticket;
