package fi.vuoro.hardware.escpos;

import static fi.vuoro.hardware.escpos.Bytes.hex;
import static fi.vuoro.hardware.escpos.PrinterCondition.COVER_OPEN;
import static fi.vuoro.hardware.escpos.PrinterCondition.OFFLINE;
import static fi.vuoro.hardware.escpos.PrinterCondition.ONLINE;
import static fi.vuoro.hardware.escpos.PrinterCondition.PAPER_NEAR_END;
import static fi.vuoro.hardware.escpos.PrinterCondition.PAPER_OUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatusDecoderTest {

    @Test
    void healthyRealtimeReplies() {
        var replies = new StatusDecoder().feed(hex("12 12 12"));
        assertThat(replies)
                .containsExactly(
                        new StatusReply.Realtime(0x12), new StatusReply.Realtime(0x12), new StatusReply.Realtime(0x12));
        assertThat(PrinterStatus.fromRealtime(0x12, 0x12, 0x12)).isEqualTo(PrinterStatus.of(ONLINE));
        assertThat(PrinterStatus.fromRealtime(0x12, 0x12, 0x12).canPrint()).isTrue();
    }

    @Test
    void paperOutRealtimeReplies() {
        var decoder = new StatusDecoder();
        var values = decoder.feed(hex("1A 32 7E")).stream()
                .map(r -> ((StatusReply.Realtime) r).value())
                .toList();
        assertThat(values).containsExactly(0x1A, 0x32, 0x7E);
        var status = PrinterStatus.fromRealtime(0x1A, 0x32, 0x7E);
        assertThat(status.conditions()).containsExactlyInAnyOrder(OFFLINE, PAPER_OUT, PAPER_NEAR_END);
        assertThat(status.canPrint()).isFalse();
        assertThat(status.blocker()).contains(PAPER_OUT);
    }

    @Test
    void coverOpenAndNearEnd() {
        assertThat(PrinterStatus.fromRealtime(0x1A, 0x16, 0x12).conditions())
                .containsExactlyInAnyOrder(OFFLINE, COVER_OPEN);
        assertThat(PrinterStatus.fromRealtime(0x12, 0x12, 0x1E).conditions())
                .containsExactlyInAnyOrder(ONLINE, PAPER_NEAR_END);
    }

    @Test
    void asbFrameSplitAcrossChunks() {
        var decoder = new StatusDecoder();
        assertThat(decoder.feed(hex("18 00"))).isEmpty();
        var replies = decoder.feed(hex("0F 00"));
        assertThat(replies).hasSize(1);
        var asb = (StatusReply.Automatic) replies.getFirst();
        assertThat(asb.status().conditions()).containsExactlyInAnyOrder(OFFLINE, PAPER_OUT, PAPER_NEAR_END);
        assertThat(PrinterStatus.fromAsb(hex("10 00 00 00"))).isEqualTo(PrinterStatus.of(ONLINE));
        assertThat(PrinterStatus.fromAsb(hex("38 00 00 00")).conditions())
                .containsExactlyInAnyOrder(OFFLINE, COVER_OPEN);
    }

    @Test
    void xonXoffInterleaveWithRealtimeAndAsb() {
        // XOFF, realtime 12, ASB frame with XON inside it, realtime 1A
        var replies = new StatusDecoder().feed(hex("13 12 10 00 11 03 00 1A"));
        assertThat(replies).hasSize(5).satisfies(r -> {
            assertThat(r.get(0)).isEqualTo(new StatusReply.FlowControl(false));
            assertThat(r.get(1)).isEqualTo(new StatusReply.Realtime(0x12));
            assertThat(r.get(2)).isEqualTo(new StatusReply.FlowControl(true));
            assertThat(((StatusReply.Automatic) r.get(3)).status().conditions())
                    .containsExactlyInAnyOrder(ONLINE, PAPER_NEAR_END);
            assertThat(r.get(4)).isEqualTo(new StatusReply.Realtime(0x1A));
        });
    }

    @Test
    void garbageIsCountedAndABrokenFrameResyncs() {
        var decoder = new StatusDecoder();
        // 0xFF garbage; ASB start then a byte with bit 4 set breaks it and is read afresh as a realtime reply.
        var replies = decoder.feed(hex("FF 10 00 12 12"));
        assertThat(replies).containsExactly(new StatusReply.Realtime(0x12), new StatusReply.Realtime(0x12));
        assertThat(decoder.garbageBytes()).isEqualTo(3);
    }

    @Test
    void randomGarbageForALongTimeNeverThrowsAndStillDecodesAfterwards() {
        var decoder = new StatusDecoder();
        var random = new Random(42);
        List<StatusReply> all = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            byte[] chunk = new byte[random.nextInt(64)];
            random.nextBytes(chunk);
            all.addAll(decoder.feed(chunk));
            if (all.size() > 10_000) all.clear(); // the test keeps memory flat, the decoder holds none
        }
        decoder.feed(hex("FF")); // ends any half-read frame
        assertThat(decoder.feed(hex("12 12 12"))).hasSize(3).allMatch(r -> r instanceof StatusReply.Realtime);
        assertThat(decoder.garbageBytes()).isPositive();
    }
}
