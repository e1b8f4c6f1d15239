/**
 * Booked appointments: a kiosk looks one up by the reference in its QR code (or by the hash of a tapped card) to
 * greet the visitor by name and issue a ticket placed by the appointment time. Holds personal data (the visitor's
 * display name), so only the site's own devices and staff may read it.
 */
package fi.vuoro.server.appointment;
