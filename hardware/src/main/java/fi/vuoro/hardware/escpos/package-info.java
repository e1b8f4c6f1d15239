/**
 * ESC/POS as pure functions on bytes: {@link fi.vuoro.hardware.escpos.EscPosEncoder} builds command streams
 * (text in code page PC858, native QR and CODE128, raster images), {@link
 * fi.vuoro.hardware.escpos.StatusDecoder} reads the printer's real-time (DLE EOT) and automatic (ASB) status
 * replies. No I/O and no threads here; transports and drivers live elsewhere.
 *
 * <p>Reference: Epson ESC/POS command reference (TM series); most clones follow it. The byte table we rely on is
 * in {@code hardware-facts}.
 */
package fi.vuoro.hardware.escpos;
