/**
 * Device health: what each kiosk reports on {@code /app/kiosk.status} (printer, card reader, scanner), the latest
 * state per device, a bounded history of changes, and trouble transitions published as past-tense events
 * ({@link fi.vuoro.server.health.DeviceTroubleStarted}, {@link fi.vuoro.server.health.DeviceTroubleCleared}) for
 * reception's alerts. {@link fi.vuoro.server.health.DeviceHealth} is the public Java API (admin views use it too);
 * {@link fi.vuoro.server.health.HealthBoardView} is the board at {@code /health}.
 */
package fi.vuoro.server.health;
