package fi.vuoro.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompDecoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;

/** The once-encoded broadcast frame, read back by Spring's own STOMP decoder (what Spring clients run). */
class BroadcastFrameTest {

    @Test
    void decodesAsAStompMessageWithItsOwnSubscriptionAndTheMessagesId() {
        var body = "{\"number\":\"Ä042\",\"counter\":\"Kassa 3 – ö\"}";
        var frame = BroadcastFrame.of("/topic/site.demo.calls", "application/json", "f7", body);

        var first = decode(frame.forSubscriber("sub-0"));
        var second = decode(frame.forSubscriber("a:b\\c\nd"));

        assertThat(first.getCommand()).hasToString("MESSAGE");
        assertThat(first.getDestination()).isEqualTo("/topic/site.demo.calls");
        assertThat(first.getSubscriptionId()).isEqualTo("sub-0");
        assertThat(first.getMessageId()).isEqualTo("f7");
        assertThat(first.getContentType()).hasToString("application/json");
        assertThat(first.getContentLength()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
        assertThat(second.getSubscriptionId()).as("escaped and unescaped again").isEqualTo("a:b\\c\nd");
        assertThat(second.getMessageId())
                .as("the message's id, for every subscriber")
                .isEqualTo("f7");
    }

    @Test
    void bodyArrivesWholeEvenWithMultiByteCharacters() {
        var body = "{\"text\":\"åäö € 🙂\"}";
        var frame = BroadcastFrame.of("/topic/x", "application/json", "m", body);
        var bytes = frame.forSubscriber("s").getBytes(StandardCharsets.UTF_8);

        var messages = new StompDecoder().decode(ByteBuffer.wrap(bytes));

        assertThat(messages).hasSize(1);
        assertThat(new String((byte[]) messages.getFirst().getPayload(), StandardCharsets.UTF_8))
                .isEqualTo(body);
    }

    @Test
    void escapesOnlyWhatStompRequires() {
        assertThat(BroadcastFrame.escape("plain-value_1.2")).isEqualTo("plain-value_1.2");
        assertThat(BroadcastFrame.escape("a:b")).isEqualTo("a\\cb");
        assertThat(BroadcastFrame.escape("x\\y\r\n")).isEqualTo("x\\\\y\\r\\n");
    }

    private static StompHeaderAccessor decode(String frame) {
        var messages = new StompDecoder().decode(ByteBuffer.wrap(frame.getBytes(StandardCharsets.UTF_8)));
        assertThat(messages).hasSize(1);
        return StompHeaderAccessor.wrap(messages.getFirst());
    }
}
