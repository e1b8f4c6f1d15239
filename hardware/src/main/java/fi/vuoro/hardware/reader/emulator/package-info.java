/**
 * Stand-ins for card readers and scanners: pure frame encoders for every supported format (valid, bad checksum,
 * truncated, noise) and {@link fi.vuoro.hardware.reader.emulator.CardReaderEmulator}, which writes them to the
 * device end of a {@link fi.vuoro.hardware.serial.SerialLink} for the demo and integration tests.
 */
package fi.vuoro.hardware.reader.emulator;
