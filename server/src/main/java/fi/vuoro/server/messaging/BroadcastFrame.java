package fi.vuoro.server.messaging;

import java.nio.charset.StandardCharsets;

/**
 * One STOMP 1.2 MESSAGE frame for many subscribers, encoded once: only the {@code subscription} header differs
 * between subscribers, so a frame is the shared head (command, destination, content type, message id), that header,
 * and the shared tail (content length, body, NUL). The message id is the message's, the same for every subscriber
 * (each receives it once, under its own subscription). A pure function of its inputs.
 *
 * @param head everything up to the subscription id
 * @param tail everything after it
 */
record BroadcastFrame(String head, String tail) {

    /** A frame for {@code destination} whose body is {@code body} (UTF-8) of the given content type. */
    static BroadcastFrame of(String destination, String contentType, String messageId, String body) {
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        return new BroadcastFrame(
                "MESSAGE\ndestination:" + escape(destination) + "\ncontent-type:" + escape(contentType)
                        + "\nmessage-id:" + escape(messageId) + "\nsubscription:",
                "\ncontent-length:" + length + "\n\n" + body + '\0');
    }

    /** The text of the frame for one subscription. */
    String forSubscriber(String subscriptionId) {
        var escapedSubscription = escape(subscriptionId);
        return new StringBuilder(head.length() + escapedSubscription.length() + tail.length())
                .append(head)
                .append(escapedSubscription)
                .append(tail)
                .toString();
    }

    /** STOMP 1.2 header value escaping (all frames but CONNECT/CONNECTED). */
    static String escape(String value) {
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '\\' || c == ':' || c == '\n' || c == '\r') break;
            i++;
        }
        if (i == value.length()) return value;
        var escaped = new StringBuilder(value.length() + 8).append(value, 0, i);
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ':' -> escaped.append("\\c");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
