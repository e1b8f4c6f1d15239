/**
 * Kiosk hardware as a plain Java library: serial links over jssc, the ESC/POS receipt printer, card readers and
 * scanners, ticket documents, and an emulator beside each device.
 *
 * <p>No Spring and no Vaadin here, and only {@code fi.vuoro.hardware.serial} touches jssc; {@code
 * HardwareArchitectureTest} checks both.
 */
package fi.vuoro.hardware;
