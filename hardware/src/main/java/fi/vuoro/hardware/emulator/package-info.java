/**
 * A receipt printer in software, for tests, demos and installers without hardware: {@link
 * fi.vuoro.hardware.emulator.PrinterEmulator} sits on the device end of a serial link, parses the ESC/POS stream
 * incrementally ({@link fi.vuoro.hardware.emulator.EscPosStreamParser}), answers status requests from a settable
 * state, and collects each cut ticket, rendered to PNG and plain text.
 */
package fi.vuoro.hardware.emulator;
