package fi.vuoro.server.lobby;

import java.util.List;

/**
 * {@code /app/kiosk.help} as it arrives: {@code {"requestId":"uuid","reason":"VISITOR","step":"SERVICE",
 * "language":"fi","trail":["10:02:11 LANGUAGE fi", …]}}; {@code /app/kiosk.help.cancel} uses only requestId.
 */
public record HelpMessage(String requestId, String reason, String step, String language, List<String> trail) {}
