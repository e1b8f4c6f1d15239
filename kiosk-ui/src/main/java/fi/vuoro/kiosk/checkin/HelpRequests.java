package fi.vuoro.kiosk.checkin;

import fi.vuoro.kiosk.flow.CheckIn;
import fi.vuoro.kiosk.server.HelpRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Turns the visitor's trail into the help request reception reads. */
final class HelpRequests {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private HelpRequests() {}

    static HelpRequest from(CheckIn checkIn, String reason) {
        var trail = checkIn.trail().stream()
                .map(entry -> TIME.format(entry.at()) + " " + entry.what())
                .toList();
        return new HelpRequest(reason, checkIn.step().name(), checkIn.language(), trail);
    }
}
