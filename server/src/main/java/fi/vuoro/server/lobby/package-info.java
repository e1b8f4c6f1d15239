/**
 * The lobby as reception sees it: help requests from kiosks ({@link fi.vuoro.server.lobby.HelpDesk}), the to-greet
 * list fed by greet-personally rules ({@link fi.vuoro.server.lobby.GreetRules}, {@link
 * fi.vuoro.server.lobby.GreetList}), live alerts (poor rating, broken promise, device trouble; {@link
 * fi.vuoro.server.lobby.Alerts}) and the kiosk overrides (staffed mode, message, lock; {@link
 * fi.vuoro.server.lobby.KioskOverrides}). Listens to the queue engine's, feedback's and health's events; speaks to
 * kiosks through {@code messaging.DeviceCommands}. The console itself is in the {@code reception} package.
 */
package fi.vuoro.server.lobby;
