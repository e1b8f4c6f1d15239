package fi.vuoro.hardware.reader;

import static fi.vuoro.hardware.reader.Frames.MS;
import static fi.vuoro.hardware.reader.Frames.cardNumbers;
import static fi.vuoro.hardware.reader.Frames.concat;
import static fi.vuoro.hardware.reader.Frames.hex;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.reader.emulator.Em4100Frames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class Em4100DecoderTest {

    /**
     * Tag 10 00 86 F4 44, checksum 10^00^86^F4^44 = 26, card 0008844356. The project's hardware-facts sheet prints
     * this frame with "32 36" ("26") as the third data byte instead of "38 36" ("86"); that misprinted frame fails
     * its own checksum, see {@link #theMisprintedFactsSheetFrameFailsItsChecksum()}.
     */
    private static final byte[] VECTOR = hex("02 31 30 30 30 38 36 46 34 34 34 32 36 03");

    private final Em4100Decoder rdm = Em4100Decoder.rdm6300();

    @Test
    void decodesTheReferenceFrameToTheTenDigitCardNumber() {
        var frames = rdm.feed(VECTOR, 0);

        assertThat(frames).containsExactly(new DecodedFrame.DecodedCard(ReaderKind.RDM6300, "0008844356"));
        assertThat(rdm.counters().accepted()).isEqualTo(1);
        assertThat(rdm.counters().rejectedTotal()).isZero();
        assertThat(rdm.pendingBytes()).isZero();
    }

    @Test
    void theMisprintedFactsSheetFrameFailsItsChecksum() {
        // Data 10 00 26 F4 44 XORs to 86, but the frame claims 26.
        assertThat(rdm.feed(hex("02 31 30 30 30 32 36 46 34 34 34 32 36 03"), 0))
                .isEmpty();
        assertThat(rdm.counters().rejected(RejectReason.CHECKSUM)).isEqualTo(1);
    }

    @Test
    void encoderProducesTheReferenceFrame() {
        assertThat(Em4100Frames.valid(ReaderKind.RDM6300, "0008844356")).isEqualTo(VECTOR);
    }

    @Test
    void id12FramesCarryCrLfBeforeEtx() {
        var id12 = Em4100Decoder.id12();
        var frame = hex("02 31 30 30 30 38 36 46 34 34 34 32 36 0D 0A 03");

        assertThat(cardNumbers(id12.feed(frame, 0))).containsExactly("0008844356");
        assertThat(Em4100Frames.valid(ReaderKind.ID12, "0008844356")).isEqualTo(frame);
    }

    @Test
    void anRdm6300DecoderRejectsAnId12FrameAndTheReverse() {
        assertThat(rdm.feed(Em4100Frames.valid(ReaderKind.ID12, "0008844356"), 0))
                .isEmpty();
        assertThat(rdm.counters().rejected(RejectReason.BAD_CHAR)).isEqualTo(1);

        var id12 = Em4100Decoder.id12();
        assertThat(id12.feed(VECTOR, 0)).isEmpty();
        assertThat(id12.counters().rejected(RejectReason.BAD_CHAR)).isEqualTo(1);
    }

    @Test
    void acceptsLowercaseHex() {
        var lower = new String(VECTOR, StandardCharsets.US_ASCII).toLowerCase().getBytes(StandardCharsets.US_ASCII);

        assertThat(cardNumbers(rdm.feed(lower, 0))).containsExactly("0008844356");
    }

    @Test
    void rejectsABadChecksum() {
        var frame = VECTOR.clone();
        frame[12] = '7'; // checksum 27 instead of 26

        assertThat(rdm.feed(frame, 0)).isEmpty();
        assertThat(rdm.counters().rejected(RejectReason.CHECKSUM)).isEqualTo(1);
        assertThat(rdm.feed(Em4100Frames.badChecksum(ReaderKind.RDM6300, "12345"), 0))
                .isEmpty();
        assertThat(rdm.counters().rejected(RejectReason.CHECKSUM)).isEqualTo(2);
        assertThat(rdm.counters().accepted()).isZero();
    }

    @Test
    void decodesAFrameSplitAtEveryPossiblePoint() {
        for (int split = 1; split < VECTOR.length; split++) {
            var decoder = Em4100Decoder.rdm6300();
            var head = java.util.Arrays.copyOfRange(VECTOR, 0, split);
            var tail = java.util.Arrays.copyOfRange(VECTOR, split, VECTOR.length);

            var frames = new ArrayList<>(decoder.feed(head, 0));
            frames.addAll(decoder.feed(tail, 5 * MS));

            assertThat(cardNumbers(frames)).as("split at %d", split).containsExactly("0008844356");
        }
        assertThat(cardNumbers(Frames.feedBytewise(Em4100Decoder.rdm6300(), VECTOR, 0)))
                .containsExactly("0008844356");
    }

    @Test
    void resyncsOnGarbageBetweenFrames() {
        var stream = concat(
                "noise\u00ff\u0000".getBytes(StandardCharsets.ISO_8859_1),
                Em4100Frames.valid(ReaderKind.RDM6300, "1111"),
                hex("02 31 32 ff 03 41"), // a start, two hex digits, then junk: BAD_CHAR
                hex("02 31 32 33"), // a start cut short by the next frame's start: TRUNCATED
                Em4100Frames.valid(ReaderKind.RDM6300, "2222"),
                "tail".getBytes(StandardCharsets.US_ASCII));

        var frames = rdm.feed(stream, 0);

        assertThat(cardNumbers(frames)).containsExactly("0000001111", "0000002222");
        assertThat(rdm.counters().rejected(RejectReason.BAD_CHAR)).isEqualTo(1);
        assertThat(rdm.counters().rejected(RejectReason.TRUNCATED)).isEqualTo(1);
        assertThat(rdm.counters().skippedBytes()).isEqualTo(7 + 2 + 4);
    }

    @Test
    void aGapMidFrameDropsThePartialFrame() {
        assertThat(rdm.feed(java.util.Arrays.copyOf(VECTOR, 7), 0)).isEmpty();

        var afterGap = rdm.feed(java.util.Arrays.copyOfRange(VECTOR, 7, VECTOR.length), 150 * MS);

        assertThat(afterGap).isEmpty();
        assertThat(rdm.counters().rejected(RejectReason.GAP_TIMEOUT)).isEqualTo(1);
        assertThat(cardNumbers(rdm.feed(VECTOR, 200 * MS))).containsExactly("0008844356");
    }

    @Test
    void aShortPauseMidFrameIsFine() {
        rdm.feed(java.util.Arrays.copyOf(VECTOR, 7), 0);

        assertThat(rdm.feed(java.util.Arrays.copyOfRange(VECTOR, 7, VECTOR.length), 90 * MS))
                .hasSize(1);
    }

    @Test
    void pollCountsAStalePartialFrameWithoutWaitingForTheNextByte() {
        rdm.feed(java.util.Arrays.copyOf(VECTOR, 5), 0);

        assertThat(rdm.poll(50 * MS)).isEmpty();
        assertThat(rdm.counters().rejected(RejectReason.GAP_TIMEOUT)).isZero();
        assertThat(rdm.poll(150 * MS)).isEmpty();
        assertThat(rdm.counters().rejected(RejectReason.GAP_TIMEOUT)).isEqualTo(1);
        assertThat(rdm.pendingBytes()).isZero();
    }

    @Test
    void aHeldTagIsReadOnceUntilItHasBeenAwayForTheWindow() {
        var held = new ArrayList<DecodedFrame>();
        for (int i = 0; i < 60; i++) held.addAll(rdm.feed(VECTOR, i * 50 * MS)); // 3 s on the reader

        assertThat(held).hasSize(1);
        assertThat(rdm.counters().debounced()).isEqualTo(59);

        long lastSighting = 59 * 50 * MS;
        assertThat(rdm.feed(VECTOR, lastSighting + 1400 * MS)).isEmpty(); // still within 1.5 s of a sighting
        assertThat(rdm.feed(VECTOR, lastSighting + 1400 * MS + 1600 * MS)).hasSize(1); // taken away, tapped again
    }

    @Test
    void anotherCardIsNotDebounced() {
        assertThat(rdm.feed(Em4100Frames.valid(ReaderKind.RDM6300, "1"), 0)).hasSize(1);
        assertThat(rdm.feed(Em4100Frames.valid(ReaderKind.RDM6300, "2"), 60 * MS))
                .hasSize(1);
        assertThat(rdm.feed(Em4100Frames.valid(ReaderKind.RDM6300, "1"), 120 * MS))
                .hasSize(1);
    }

    @Test
    void debounceWindowIsConfigurable() {
        var noDebounce = Em4100Decoder.rdm6300(Duration.ZERO);

        assertThat(noDebounce.feed(concat(VECTOR, VECTOR), 0)).hasSize(1); // same instant: still a repeat
        assertThat(noDebounce.feed(VECTOR, 50 * MS)).hasSize(1);
    }

    @Test
    void boundsTheFrameLength() {
        var tooLong = hex("02 31 30 30 30 38 36 46 34 34 34 32 36 36 03");

        assertThat(rdm.feed(tooLong, 0)).isEmpty();
        assertThat(rdm.counters().rejected(RejectReason.TOO_LONG)).isEqualTo(1);
        assertThat(rdm.pendingBytes()).isZero();

        var endless = new byte[10_000];
        java.util.Arrays.fill(endless, (byte) '5');
        endless[0] = 0x02;
        rdm.feed(endless, MS);
        assertThat(rdm.pendingBytes()).isLessThanOrEqualTo(14);
        assertThat(rdm.counters().rejected(RejectReason.TOO_LONG)).isEqualTo(2);
    }

    @Test
    void aTruncatedFrameFollowedByAGoodOneLosesOnlyTheFirst() {
        var stream = concat(
                Em4100Frames.truncated(ReaderKind.RDM6300, "0000000077", 4),
                Em4100Frames.valid(ReaderKind.RDM6300, "0000000078"));

        assertThat(cardNumbers(rdm.feed(stream, 0))).containsExactly("0000000078");
        assertThat(rdm.counters().rejected(RejectReason.TRUNCATED)).isEqualTo(1);
    }
}
