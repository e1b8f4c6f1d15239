/**
 * The reception console ({@code /reception}): a thin Vaadin view over the {@code lobby} services (help requests,
 * to-greet list, alerts, kiosk overrides), the queue engine (arrivals, desk tickets, urgency, transfers) and
 * {@code health} (device summary). Live over push: queue events through {@code ui.ScreenBroadcaster}, lobby and
 * health changes through {@code lobby.LobbyFeed}; every change redraws from the true state.
 */
package fi.vuoro.server.reception;
