/**
 * Device enrolment: pairing a new kiosk or display with a one-time code, handing its token over once, device
 * configuration (serial printer, card reader, scanner) served on {@code GET /api/v1/devices/me}, and test commands
 * ({@code PRINT_TEST}, {@code PRINTER_STATUS}, {@code READ_CARD}) answered on {@code /app/device.result}. Wire
 * contract: docs/device-channel.md. Only hashes of pairing ids and device tokens are stored.
 */
package fi.vuoro.server.enrolment;
