/**
 * Pairing a kiosk that has no device token: it asks the server for a short code ({@code POST /api/v1/pairings}),
 * shows it full screen, polls until an admin has typed it in, stores the token owner-only in the data directory
 * and connects (docs/device-channel.md, "Pairing").
 */
package fi.vuoro.kiosk.pairing;
