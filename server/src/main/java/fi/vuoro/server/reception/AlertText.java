package fi.vuoro.server.reception;

import fi.vuoro.server.lobby.Alert;
import fi.vuoro.server.lobby.AlertDetail;
import fi.vuoro.server.ui.Texts;
import java.util.stream.Collectors;

/**
 * An alert's facts in words for reception, e.g. "Kiosk 'Lobby 1': printer out of paper" or "Poor rating (2/5): hard
 * to find the way". Rendered when shown, in the reader's language, from the structured {@link AlertDetail} (the
 * stored data stays codes). A detail in an unknown format is shown as it is rather than hidden.
 */
final class AlertText {

    private AlertText() {}

    /**
     * @param deviceName the device's name for a device alert (its id when unknown), ignored otherwise
     */
    static String describe(Alert alert, String deviceName, Texts t) {
        String detail = alert.detail() == null ? "" : alert.detail();
        return switch (alert.kind()) {
            case POOR_RATING ->
                AlertDetail.parseRating(detail)
                        .map(r -> r.reasons().isEmpty()
                                ? t.get("alert.rating", r.rating())
                                : t.get(
                                        "alert.ratingWithReasons",
                                        r.rating(),
                                        r.reasons().stream()
                                                .map(code -> t.getOr("feedback.reason." + code, code))
                                                .collect(Collectors.joining(", "))))
                        .orElse(detail);
            case BROKEN_PROMISE ->
                AlertDetail.parsePromise(detail)
                        .map(p -> t.get("alert.promise", p.quotedMinutes(), p.waitedMinutes()))
                        .orElse(detail);
            case DEVICE_TROUBLE ->
                AlertDetail.parseDeviceTrouble(detail)
                        .map(d -> t.get("alert.device", deviceName, trouble(d, t)))
                        .orElse(detail);
        };
    }

    /** "printer out of paper"; a combination without its own sentence reads "printer: error". */
    static String trouble(AlertDetail.DeviceTrouble d, Texts t) {
        String component =
                switch (d.component()) {
                    case "PRINTER" -> t.get("health.printer");
                    case "CARD_READER" -> t.get("health.cardReader");
                    case "SCANNER" -> t.get("health.scanner");
                    default -> d.component();
                };
        String state = t.getOr("health.state." + d.state(), d.state());
        return t.getOr(
                "alert.device." + d.component() + "." + d.state(),
                t.get("alert.device.generic", component.toLowerCase(java.util.Locale.ROOT), state));
    }
}
