/**
 * Card readers and code scanners on serial lines: byte-stream decoders (EM4100 via RDM6300 or ID-12/ID-20,
 * magnetic stripe tracks 1 and 2, barcode/QR scanners), the {@link fi.vuoro.hardware.reader.CardReader} device
 * that runs one over a {@link fi.vuoro.hardware.serial.SerialLink}, and the records it hands on.
 *
 * <p>Card numbers leave this package only as a keyed hash and a masked form ({@link
 * fi.vuoro.hardware.reader.CardRead}); the clear number goes only to a listener the owner registers explicitly.
 * Decoders never log frame contents. Frame formats and resync rules: {@code docs/hardware-serial.md}.
 */
package fi.vuoro.hardware.reader;
