package fi.vuoro.server.lobby;

/** Something on the site's lobby board changed (help request, greet list, alert, override): consoles redraw. */
public record LobbyChanged(String siteId) {}
