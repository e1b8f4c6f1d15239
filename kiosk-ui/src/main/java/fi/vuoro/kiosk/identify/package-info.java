/**
 * Optional identification before the ticket: card tap, appointment QR or a code on an on-screen keypad. The
 * reader and scanner from the {@code hardware} module will call the same callbacks as the keypad.
 */
package fi.vuoro.kiosk.identify;
