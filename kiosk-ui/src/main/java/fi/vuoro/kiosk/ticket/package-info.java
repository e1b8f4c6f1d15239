/**
 * The issued ticket on screen and on paper: the ticket screen, the QR code to the mobile ticket and the
 * {@link fi.vuoro.kiosk.ticket.TicketPrinter} port that the hardware module's receipt printer will implement.
 */
package fi.vuoro.kiosk.ticket;
