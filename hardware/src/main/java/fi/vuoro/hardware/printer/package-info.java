/**
 * The receipt printer driver: {@link fi.vuoro.hardware.printer.EscPosPrinter} talks ESC/POS over any {@link
 * fi.vuoro.hardware.serial.SerialLink}, watches the printer's status and prints tickets as jobs that end PRINTED
 * or FAILED with a {@link fi.vuoro.hardware.printer.FailureReason}. The kiosk shows the ticket on screen when a
 * job fails; nothing here retries a ticket by itself, because a second copy is worse than none.
 */
package fi.vuoro.hardware.printer;
