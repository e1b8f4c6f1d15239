package fi.vuoro.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.reader.Em4100Decoder;
import fi.vuoro.hardware.reader.ReaderKind;
import fi.vuoro.hardware.reader.emulator.Em4100Frames;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RejectionWatchingDecoderTest {

    @Test
    void tellsOncePerRejectedFrameAndPassesGoodFramesThrough() {
        var rejected = new AtomicInteger();
        var decoder = new RejectionWatchingDecoder(Em4100Decoder.rdm6300(), rejected::incrementAndGet);

        assertThat(decoder.feed(Em4100Frames.valid(ReaderKind.RDM6300, "0008844356"), 0))
                .hasSize(1);
        assertThat(rejected).hasValue(0);
        assertThat(decoder.feed(Em4100Frames.badChecksum(ReaderKind.RDM6300, "0008844356"), 5_000_000_000L))
                .isEmpty();
        assertThat(rejected).hasValue(1);
        // Noise between frames is skipped, not a rejected card.
        assertThat(decoder.feed(new byte[] {0x41, 0x42}, 6_000_000_000L)).isEmpty();
        assertThat(rejected).hasValue(1);
        assertThat(decoder.kind()).isEqualTo(ReaderKind.RDM6300);
    }
}
