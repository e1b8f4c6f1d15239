package fi.vuoro.hardware.reader;

import static fi.vuoro.hardware.reader.Frames.MS;
import static fi.vuoro.hardware.reader.Frames.cardNumbers;
import static fi.vuoro.hardware.reader.Frames.concat;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.reader.emulator.MagStripeFrames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MagStripeDecoderTest {

    private static final String PAN = "4111111111111111";

    private final MagStripeDecoder decoder = MagStripeDecoder.create();

    @Test
    void decodesTrack1() {
        var frames = decoder.feed(ascii("%B4111111111111111^VIRTANEN/ANNA^30121010000000?"), 0);

        assertThat(frames).containsExactly(new DecodedFrame.DecodedCard(ReaderKind.MAGSTRIPE, PAN));
    }

    @Test
    void decodesTrack2() {
        assertThat(cardNumbers(decoder.feed(ascii(";4111111111111111=30121010000?"), 0)))
                .containsExactly(PAN);
    }

    @Test
    void aFullSwipeWithStxCrEtxYieldsOneReadAndDebouncesTheSecondTrack() {
        var frames = decoder.feed(MagStripeFrames.swipe(PAN, "VIRTANEN/ANNA", "3012"), 0);

        assertThat(cardNumbers(frames)).containsExactly(PAN);
        assertThat(decoder.counters().debounced()).isEqualTo(1);
        assertThat(decoder.counters().skippedBytes()).isZero(); // STX, CR, ETX are framing, not noise
    }

    @Test
    void theDecodedCardNeverShowsTheNumberInToString() {
        var frame = decoder.feed(MagStripeFrames.track2(PAN, "3012"), 0).getFirst();

        assertThat(frame.toString()).doesNotContain("41111111").contains("1111");
    }

    @Test
    void readErrorFramesAreCountedNotRead() {
        assertThat(decoder.feed(MagStripeFrames.readError(), 0)).isEmpty();

        assertThat(decoder.counters().rejected(RejectReason.READ_ERROR)).isEqualTo(2); // %E? and ;E?
        assertThat(decoder.counters().accepted()).isZero();
    }

    @Test
    void wellFormedBytesWithoutSeparatorsAreBadFormat() {
        assertThat(decoder.feed(MagStripeFrames.badFormat(PAN), 0)).isEmpty();
        assertThat(decoder.feed(ascii("%BNOTDIGITS^X^3012?"), MS)).isEmpty();
        assertThat(decoder.feed(ascii(";12345=30?"), 2 * MS)).isEmpty(); // expiry cut short

        assertThat(decoder.counters().rejected(RejectReason.BAD_FORMAT)).isEqualTo(3);
    }

    @Test
    void charactersOutsideTheTrackAlphabetAreBadChar() {
        assertThat(decoder.feed(ascii(";4111A111=3012?"), 0)).isEmpty(); // letters are not in track 2's alphabet
        assertThat(decoder.feed(ascii("%Bab^lower^3012?"), MS)).isEmpty(); // nor lowercase in track 1's

        assertThat(decoder.counters().rejected(RejectReason.BAD_CHAR)).isEqualTo(2);
    }

    @Test
    void decodesATrackSplitAtEveryPoint() {
        var track = MagStripeFrames.track1(PAN, "VIRTANEN/ANNA", "3012");
        for (int split = 1; split < track.length; split++) {
            var fresh = MagStripeDecoder.create();
            var frames = new ArrayList<>(fresh.feed(Arrays.copyOf(track, split), 0));
            frames.addAll(fresh.feed(Arrays.copyOfRange(track, split, track.length), 3 * MS));

            assertThat(cardNumbers(frames)).as("split at %d", split).containsExactly(PAN);
        }
    }

    @Test
    void resyncsOnGarbageAndOnATrackCutShortByTheNextSentinel() {
        var stream = concat(
                ascii("xx\u00ff?junk"),
                ascii(";5555555555554444=3012"), // lost its end sentinel...
                MagStripeFrames.track2(PAN, "3012"), // ...because the next swipe began
                ascii("more noise"));

        assertThat(cardNumbers(decoder.feed(stream, 0))).containsExactly(PAN);
        assertThat(decoder.counters().rejected(RejectReason.TRUNCATED)).isEqualTo(1);
        assertThat(decoder.counters().skippedBytes()).isEqualTo(8 + 10);
    }

    @Test
    void aGapMidTrackDropsIt() {
        var track = MagStripeFrames.track2(PAN, "3012");
        decoder.feed(Arrays.copyOf(track, 10), 0);

        assertThat(decoder.feed(Arrays.copyOfRange(track, 10, track.length), 120 * MS))
                .isEmpty();
        assertThat(decoder.counters().rejected(RejectReason.GAP_TIMEOUT)).isEqualTo(1);
        assertThat(cardNumbers(decoder.feed(track, 200 * MS))).containsExactly(PAN);
    }

    @Test
    void boundsTrackLengths() {
        var longTrack2 = ";" + "1".repeat(41) + "?";
        var longTrack1 = "%B" + "1".repeat(100) + "?";

        assertThat(decoder.feed(ascii(longTrack2 + longTrack1), 0)).isEmpty();
        assertThat(decoder.counters().rejected(RejectReason.TOO_LONG)).isEqualTo(2);
        assertThat(decoder.pendingBytes()).isZero();
    }

    @Test
    void repeatedSwipesOfTheSameCardAreDebouncedWithinTheWindow() {
        assertThat(decoder.feed(MagStripeFrames.track2(PAN, "3012"), 0)).hasSize(1);
        assertThat(decoder.feed(MagStripeFrames.track2(PAN, "3012"), 800 * MS)).isEmpty();
        assertThat(decoder.feed(MagStripeFrames.track2(PAN, "3012"), 2400 * MS)).hasSize(1);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
