package fi.vuoro.server.messaging;

import fi.vuoro.server.security.DevicePrincipal;
import java.util.regex.Pattern;

/**
 * Which destinations a STOMP client may subscribe to and send to.
 *
 * <ul>
 *   <li>Site topics ({@code /topic/site.X.queue}, {@code .calls}, {@code .config}) and the snapshot ({@code
 *       /app/site.X.queue}): staff for any site, a device only for its own site, a display only the calls and
 *       config.
 *   <li>{@code /topic/device.X}: only device X.
 *   <li>{@code /user/queue/**}: anyone; user destinations only ever reach the subscriber's own sessions.
 *   <li>Everything else, including resolved user queues ({@code /queue/device-user...}) and broker-internal
 *       topics: nobody.
 *   <li>SEND only to {@code /app/**}: a client must never publish straight onto a broker topic, or it could fake
 *       queue events for everyone.
 * </ul>
 */
final class SubscriptionPolicy {

    private static final Pattern SITE_DESTINATION =
            Pattern.compile("^(?:/topic|/app)/site\\.([A-Za-z0-9_-]{1,64})\\.(?:queue|calls|config)$");
    private static final Pattern SNAPSHOT = Pattern.compile("^/app/site\\.[A-Za-z0-9_-]{1,64}\\.queue$");
    private static final Pattern DEVICE_TOPIC = Pattern.compile("^/topic/device\\.([A-Za-z0-9_-]{1,64})$");
    private static final Pattern USER_QUEUE = Pattern.compile("^/user/queue/[A-Za-z0-9_.-]{1,64}$");

    private SubscriptionPolicy() {}

    /**
     * {@code null} when allowed, otherwise the reason (a metric tag, so a small fixed vocabulary).
     *
     * @param device the subscribing device, or {@code null} for staff
     */
    static String checkSubscribe(DevicePrincipal device, String destination) {
        if (destination == null) {
            return "no-destination";
        }
        if (USER_QUEUE.matcher(destination).matches()) {
            return null;
        }
        var deviceTopic = DEVICE_TOPIC.matcher(destination);
        if (deviceTopic.matches()) {
            return device != null && device.deviceId().equals(deviceTopic.group(1)) ? null : "other-device";
        }
        var site = SITE_DESTINATION.matcher(destination);
        if (!site.matches()
                || (destination.startsWith("/app/")
                        && !SNAPSHOT.matcher(destination).matches())) {
            return "unknown-destination";
        }
        if (device != null && !device.siteId().equals(site.group(1))) {
            return "other-site";
        }
        if (device != null
                && device.kind() == DevicePrincipal.Kind.DISPLAY
                && !destination.endsWith(".calls")
                && !destination.endsWith(".config")) {
            // Queue deltas and snapshots carry whole tickets (appointment references); a lobby screen needs only
            // the calls, which carry none.
            return "not-for-displays";
        }
        return null;
    }

    static String checkSend(String destination) {
        return destination != null && destination.startsWith("/app/") ? null : "send-to-broker";
    }
}
