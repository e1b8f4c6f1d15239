package fi.vuoro.kiosk.server;

import java.util.List;
import java.util.UUID;

/**
 * "This visitor needs a person", with what they did so far so nobody asks them to start over.
 *
 * @param requestId answers ({@code HELP_ANSWERED}) and cancellations ({@code /app/kiosk.help.cancel}) name it
 * @param reason {@code VISITOR} when they pressed the button, otherwise the struggle the kiosk noticed
 * @param trail short, non-personal step codes such as "10:02:11 SERVICE lab" (docs/device-channel.md), worded by the
 *     server in the reader's language
 */
public record HelpRequest(String requestId, String reason, String step, String language, List<String> trail) {

    public HelpRequest {
        trail = List.copyOf(trail);
    }

    public HelpRequest(String reason, String step, String language, List<String> trail) {
        this(UUID.randomUUID().toString(), reason, step, language, trail);
    }
}
