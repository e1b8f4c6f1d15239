package fi.vuoro.server.lobby;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The machine-readable facts an {@link Alert} stores in {@code lobby_alert.detail}, one format per kind, written and
 * read only here. Staff never see this text: the console renders it in their language from these parts.
 *
 * <ul>
 *   <li>{@code POOR_RATING}: {@code rating=2 HARD_TO_FIND WAIT_LONG} (the rating 1–5, then feedback reason codes)
 *   <li>{@code BROKEN_PROMISE}: {@code quoted=10min waited=25min}
 *   <li>{@code DEVICE_TROUBLE}: {@code PRINTER=PAPER_OUT optional device text}
 * </ul>
 */
public final class AlertDetail {

    private static final Pattern RATING = Pattern.compile("rating=(\\d)((?: [A-Z_]+)*)");
    private static final Pattern PROMISE = Pattern.compile("quoted=(\\d+)min waited=(\\d+)min");
    private static final Pattern DEVICE = Pattern.compile("([A-Z_]+)=([A-Z_]+)(?: (.*))?", Pattern.DOTALL);

    private AlertDetail() {}

    /** A visitor's poor rating and the reasons they picked. */
    public record Rating(int rating, List<String> reasons) {}

    /** The wait quoted at check-in and how long the visitor has waited, in minutes. */
    public record Promise(long quotedMinutes, long waitedMinutes) {}

    /** Which device component is in which state; {@code text} is the kiosk's own (technical) note, may be null. */
    public record DeviceTrouble(String component, String state, String text) {}

    public static String rating(int rating, List<String> reasons) {
        return "rating=" + rating + (reasons.isEmpty() ? "" : " " + String.join(" ", reasons));
    }

    public static String promise(long quotedMinutes, long waitedMinutes) {
        return "quoted=" + quotedMinutes + "min waited=" + waitedMinutes + "min";
    }

    public static String deviceTrouble(Object component, String state, String text) {
        return component + "=" + state + (text == null || text.isBlank() ? "" : " " + text);
    }

    public static Optional<Rating> parseRating(String detail) {
        var m = detail == null ? null : RATING.matcher(detail.strip());
        if (m == null || !m.matches()) return Optional.empty();
        List<String> reasons = m.group(2).isBlank()
                ? List.of()
                : Arrays.asList(m.group(2).strip().split(" "));
        return Optional.of(new Rating(Integer.parseInt(m.group(1)), List.copyOf(reasons)));
    }

    public static Optional<Promise> parsePromise(String detail) {
        var m = detail == null ? null : PROMISE.matcher(detail.strip());
        if (m == null || !m.matches()) return Optional.empty();
        return Optional.of(new Promise(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
    }

    public static Optional<DeviceTrouble> parseDeviceTrouble(String detail) {
        var m = detail == null ? null : DEVICE.matcher(detail.strip());
        if (m == null || !m.matches()) return Optional.empty();
        return Optional.of(new DeviceTrouble(m.group(1), m.group(2), m.group(3)));
    }
}
