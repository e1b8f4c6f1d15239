package fi.vuoro.server.messaging;

/**
 * STOMP destination names, in one place for server and clients. Dots, not slashes, separate the parts: RabbitMQ's
 * STOMP plugin rejects {@code /topic/a/b}.
 */
public final class Destinations {

    /** Prefix of {@code @SubscribeMapping}/{@code @MessageMapping} destinations handled by the application. */
    public static final String APP_PREFIX = "/app";

    public static final String USER_PREFIX = "/user";

    private Destinations() {}

    /** Deltas of one site's queue ({@link QueueDelta}). */
    public static String queueTopic(String siteId) {
        return "/topic/site." + siteId + ".queue";
    }

    /** Calls for waiting-room displays ({@link CallAnnouncement}). */
    public static String callsTopic(String siteId) {
        return "/topic/site." + siteId + ".calls";
    }

    /**
     * Configuration changes of one site ({@code {"kind":"SERVICES","at":…}}): clients re-fetch what they show.
     * Staff and the site's own devices may subscribe.
     */
    public static String configTopic(String siteId) {
        return "/topic/site." + siteId + ".config";
    }

    /** Subscribe here to receive one {@link fi.vuoro.server.queue.QueueSnapshot} of the site, then nothing. */
    public static String snapshot(String siteId) {
        return APP_PREFIX + "/site." + siteId + ".queue";
    }

    /**
     * Commands for one device ({@link DeviceCommand}); only that device may subscribe. A topic rather than a user
     * destination: every open session of the device gets the command, on the simple broker and through RabbitMQ
     * alike, and it avoids Spring's user-destination fan-out, which fails for a user with several sessions when
     * publish order is preserved ("Expected mutable SimpMessageHeaderAccessor").
     */
    public static String deviceTopic(String deviceId) {
        return "/topic/device." + deviceId;
    }
}
