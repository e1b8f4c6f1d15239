package fi.vuoro.server.messaging;

/**
 * STOMP destination names, in one place for server and clients. Dots, not slashes, separate the parts: RabbitMQ's
 * STOMP plugin rejects {@code /topic/a/b}.
 */
public final class Destinations {

    /** Prefix of {@code @SubscribeMapping}/{@code @MessageMapping} destinations handled by the application. */
    public static final String APP_PREFIX = "/app";

    public static final String USER_PREFIX = "/user";

    /** Per-device commands; a device subscribes to {@code /user/queue/device}. */
    public static final String DEVICE_QUEUE = "/queue/device";

    private Destinations() {}

    /** Deltas of one site's queue ({@link QueueDelta}). */
    public static String queueTopic(String siteId) {
        return "/topic/site." + siteId + ".queue";
    }

    /** Calls for waiting-room displays ({@link CallAnnouncement}). */
    public static String callsTopic(String siteId) {
        return "/topic/site." + siteId + ".calls";
    }

    /** Subscribe here to receive one {@link fi.vuoro.server.queue.QueueSnapshot} of the site, then nothing. */
    public static String snapshot(String siteId) {
        return APP_PREFIX + "/site." + siteId + ".queue";
    }

    public static String deviceCommands() {
        return USER_PREFIX + DEVICE_QUEUE;
    }
}
