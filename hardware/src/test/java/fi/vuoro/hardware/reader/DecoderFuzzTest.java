package fi.vuoro.hardware.reader;

import static fi.vuoro.hardware.reader.Frames.MS;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.reader.ScannerFraming.Terminator;
import fi.vuoro.hardware.reader.emulator.Em4100Frames;
import fi.vuoro.hardware.reader.emulator.LineNoise;
import fi.vuoro.hardware.reader.emulator.MagStripeFrames;
import fi.vuoro.hardware.reader.emulator.ScannerFrames;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Megabytes of random line noise with valid frames mixed in, cut into random chunks: every valid frame must come
 * out, nothing may throw, and no decoder may hold more than one frame's worth of bytes.
 */
class DecoderFuzzTest {

    private static final int NOISE_BYTES = 12 * 1024 * 1024;
    private static final int VALID_FRAMES = 2_000;
    private static final long SEED = 20261123L;

    /**
     * @param resyncsOnStartByte false for terminator framing, where noise running straight into a code cannot be
     *     told apart from it: such a code is only recoverable after silence (or a terminator), so it gets a pause
     */
    record Case(
            String name,
            Supplier<FrameDecoder> decoder,
            IntFunction<Expected> frame,
            int maxPending,
            boolean resyncsOnStartByte) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A valid frame for the i-th insertion and what it must decode to. */
    record Expected(byte[] bytes, String value) {}

    static Stream<Arguments> cases() {
        var stx = ScannerFraming.stxEtxFramed();
        var cr = ScannerFraming.terminatedBy(Terminator.CR);
        return Stream.of(
                        new Case("RDM6300", Em4100Decoder::rdm6300, i -> em4100(ReaderKind.RDM6300, i), 14, true),
                        new Case("ID-12", Em4100Decoder::id12, i -> em4100(ReaderKind.ID12, i), 16, true),
                        new Case(
                                "magnetic stripe",
                                MagStripeDecoder::create,
                                i -> {
                                    var pan = String.format("4%015d", i);
                                    return new Expected(MagStripeFrames.swipe(pan, "FUZZ/CASE", "3012"), pan);
                                },
                                80,
                                true),
                        new Case(
                                "scanner STX/ETX",
                                () -> ScannerDecoder.create(stx),
                                i -> new Expected(ScannerFrames.frame("APPT\r\n" + i, stx), "APPT\r\n" + i),
                                ScannerFraming.DEFAULT_MAX_LENGTH,
                                true),
                        new Case(
                                "scanner CR",
                                () -> ScannerDecoder.create(cr),
                                i -> new Expected(ScannerFrames.frame("APPT-" + i, cr), "APPT-" + i),
                                ScannerFraming.DEFAULT_MAX_LENGTH,
                                false))
                .map(Arguments::of);
    }

    private static Expected em4100(ReaderKind kind, int i) {
        long number = 1_000_000L + i * 7919L;
        return new Expected(
                Em4100Frames.valid(kind, Em4100Frames.DEFAULT_VERSION, number), String.format("%010d", number));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validFramesSurviveNoise(Case c) {
        var random = new Random(SEED);
        var decoder = c.decoder().get();
        var expected = new ArrayList<String>();
        var decoded = new ArrayList<String>();
        long now = 0;
        int noisePerFrame = NOISE_BYTES / VALID_FRAMES;

        for (int i = 0; i < VALID_FRAMES; i++) {
            now = feedInChunks(
                    decoder, LineNoise.bytes(random, random.nextInt(2 * noisePerFrame)), now, random, decoded);
            // A real device talks after a pause now and then; sometimes the noise runs straight into the frame.
            if (!c.resyncsOnStartByte() || random.nextInt(3) == 0) now += 250 * MS;
            var frame = c.frame().apply(i);
            expected.add(frame.value());
            now = feedInChunks(decoder, frame.bytes(), now, random, decoded);
            assertThat(decoder.pendingBytes()).isLessThanOrEqualTo(c.maxPending());
        }
        decoded.addAll(values(decoder.poll(now + 1000 * MS)));

        // Noise may by chance form extra valid frames; every inserted one must be there, in order.
        assertThat(decoded).as("%s, seed %d", c.name(), SEED).containsSubsequence(expected);
        var counters = decoder.counters();
        assertThat(counters.accepted()).isEqualTo(decoded.size());
        assertThat(counters.rejectedTotal() + counters.skippedBytes()).isPositive();
    }

    private static long feedInChunks(
            FrameDecoder decoder, byte[] bytes, long now, Random random, List<String> decoded) {
        int offset = 0;
        while (offset < bytes.length) {
            int size = Math.min(bytes.length - offset, 1 + random.nextInt(random.nextBoolean() ? 8 : 512));
            var chunk = new byte[size];
            System.arraycopy(bytes, offset, chunk, 0, size);
            offset += size;
            now += MS;
            decoded.addAll(values(decoder.feed(chunk, now)));
        }
        return now;
    }

    private static List<String> values(List<DecodedFrame> frames) {
        return frames.stream()
                .map(f -> switch (f) {
                    case DecodedFrame.DecodedCard card -> card.clearNumber();
                    case DecodedFrame.DecodedScan scan -> scan.payload();
                })
                .toList();
    }
}
