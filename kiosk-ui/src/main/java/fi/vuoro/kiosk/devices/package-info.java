/**
 * The kiosk's serial devices through the {@code hardware} module: the ESC/POS receipt printer, the card reader and
 * the barcode/QR scanner, each on its own jssc link. Settings come from {@code GET /api/v1/devices/me} or, where the
 * server has none, from {@code vuoro.kiosk.printer/reader/scanner.*}; a {@code CONFIG_CHANGED} command reopens the
 * ports live. Device states go to the server on every change and every 30 s, and device commands (print test,
 * printer status, read card) are answered here. With {@code vuoro.kiosk.devices.emulators=true} (the demo) the
 * printer and readers are the hardware module's emulators behind socat pty pairs.
 */
package fi.vuoro.kiosk.devices;
