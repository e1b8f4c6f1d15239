/**
 * The installer's command-line tool ({@code java -jar vuoro-hardware-*-diagnostics.jar}): list serial ports,
 * print a test ticket, read printer status, watch a card reader, and run a printer emulator on a socat pty pair.
 * Plain argument parsing, no framework; see {@code docs/diagnostics.md}.
 */
package fi.vuoro.hardware.diagnostics;
