/**
 * Printing the visitor's ticket on the serial receipt printer: the ticket screen's content becomes a hardware
 * {@code TicketLayout} (number, service, estimate, where to go, QR to the mobile ticket, issue time) and goes to
 * the ESC/POS driver; its result becomes what the ticket screen says.
 */
package fi.vuoro.kiosk.printing;
