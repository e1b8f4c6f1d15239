/**
 * Byte pipes to devices: the {@link fi.vuoro.hardware.serial.SerialLink} contract, the jssc implementation that
 * reconnects by itself after an unplug, an in-memory pair for unit tests and a socat pty pair for integration
 * tests and the demo.
 *
 * <p>The only package allowed to touch jssc. See {@code docs/hardware-serial.md} for the reader loop and the pty
 * quirks it works around.
 */
package fi.vuoro.hardware.serial;
