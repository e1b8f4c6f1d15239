package fi.vuoro.hardware.reader;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.reader.emulator.CardReaderEmulator;
import fi.vuoro.hardware.reader.emulator.LineNoise;
import fi.vuoro.hardware.serial.InMemorySerialLink;
import fi.vuoro.hardware.serial.LinkState;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reader device over the in-memory link; the real jssc path is in {@link CardReaderSocatTest}. */
class CardReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:15:00Z");
    private static final byte[] KEY = "a test key, 32 bytes long.......".getBytes();

    private final InMemorySerialLink[] ends = InMemorySerialLink.pair("reader");
    private final CardNumberHasher hasher = new CardNumberHasher(KEY);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Recorder recorder = new Recorder();
    private CardReader reader;

    @AfterEach
    void close() {
        if (reader != null) reader.close();
    }

    @Test
    void aTapBecomesAHashedMaskedCardRead() throws IOException {
        var device = startCardReader(Em4100Decoder.rdm6300(), ReaderKind.RDM6300);

        device.tap("0008844356");

        assertThat(recorder.cards)
                .containsExactly(new CardRead(ReaderKind.RDM6300, hasher.hash("0008844356"), "••••4356", NOW));
        assertThat(reader.counters().accepted()).isEqualTo(1);
    }

    @Test
    void theClearNumberIsNotReachableFromCardRead() throws Exception {
        var device = startCardReader(Em4100Decoder.rdm6300(), ReaderKind.RDM6300);
        device.tap("0008844356");
        var read = recorder.cards.getFirst();

        assertThat(read.toString()).doesNotContain("8844356");
        for (RecordComponent component : CardRead.class.getRecordComponents()) {
            assertThat(String.valueOf(component.getAccessor().invoke(read)))
                    .as(component.getName())
                    .doesNotContain("8844356");
        }
    }

    @Test
    void onlyAnExplicitlyTrustedListenerGetsTheClearNumber() throws IOException {
        var device = startCardReader(Em4100Decoder.rdm6300(Duration.ZERO), ReaderKind.RDM6300);
        var clear = new CopyOnWriteArrayList<String>();
        device.tap("0000000001");

        reader.trustWithClearNumbers((read, number) -> clear.add(number + "/" + read.masked()));
        device.tap("0008844356");

        assertThat(clear).containsExactly("0008844356/••••4356");
        assertThat(recorder.cards).hasSize(2);
    }

    @Test
    void aHeldTagIsOneRead() throws Exception {
        var device = startCardReader(Em4100Decoder.rdm6300(), ReaderKind.RDM6300);

        device.tapAndHold("0008844356", 8);

        assertThat(recorder.cards).hasSize(1);
        assertThat(reader.counters().debounced()).isEqualTo(7);
    }

    @Test
    void invalidFramesAndNoiseAreCountedAndTheReaderCarriesOn() throws IOException {
        var device = startCardReader(Em4100Decoder.rdm6300(), ReaderKind.RDM6300);

        device.sendInvalid();
        device.sendRaw(LineNoise.bytes(new Random(7), 4096));
        device.tap("0000004242");

        assertThat(reader.counters().rejected(RejectReason.CHECKSUM)).isEqualTo(1);
        assertThat(recorder.cards).extracting(CardRead::masked).containsExactly("••••4242");
    }

    @Test
    void aThrowingListenerDoesNotStopLaterReads() throws IOException {
        var device = startCardReader(Em4100Decoder.rdm6300(), ReaderKind.RDM6300);
        recorder.throwOnNextCard = true;

        device.tap("0000000001");
        device.tap("0000000002");

        assertThat(recorder.cards).extracting(CardRead::masked).containsExactly("••••0002");
    }

    @Test
    void aMagneticStripeSwipeIsOneRead() throws IOException {
        var device = startCardReader(MagStripeDecoder.create(), ReaderKind.MAGSTRIPE);

        device.tap("4111111111111111");

        assertThat(recorder.cards)
                .extracting(CardRead::kind, CardRead::masked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReaderKind.MAGSTRIPE, "••••1111"));
    }

    @Test
    void scannerCodesArriveAsScanReads() throws IOException {
        var framing = ScannerFraming.stxEtxFramed();
        var device = startScanner(ScannerDecoder.create(framing), framing);

        device.scan("APPT-2026-0042");

        assertThat(recorder.scans).containsExactly(new ScanRead("APPT-2026-0042", NOW));
        assertThat(recorder.cards).isEmpty();
    }

    @Test
    void silenceTerminatedCodesAreDeliveredByTheTicker() throws Exception {
        var framing = ScannerFraming.silenceTerminated(Duration.ofMillis(40));
        var device = startScanner(ScannerDecoder.create(framing), framing);

        device.scan("APPT-7");

        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (recorder.scans.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(recorder.scans).extracting(ScanRead::payload).containsExactly("APPT-7");
    }

    @Test
    void linkStateIsForwarded() {
        startCardReader(Em4100Decoder.rdm6300(), ReaderKind.RDM6300);

        ends[0].unplug();
        assertThat(reader.linkState()).isEqualTo(LinkState.DOWN);
        ends[0].replug();

        assertThat(recorder.states).containsExactly(LinkState.UP, LinkState.DOWN, LinkState.UP);
    }

    private CardReaderEmulator startCardReader(FrameDecoder decoder, ReaderKind kind) {
        reader = new CardReader(ends[0], decoder, hasher, clock);
        reader.start(recorder);
        ends[1].open(bytes -> {});
        return new CardReaderEmulator(ends[1], kind);
    }

    private CardReaderEmulator startScanner(FrameDecoder decoder, ScannerFraming framing) {
        reader = new CardReader(ends[0], decoder, hasher, clock);
        reader.start(recorder);
        ends[1].open(bytes -> {});
        return new CardReaderEmulator(ends[1], ReaderKind.SCANNER, framing);
    }

    static final class Recorder implements CardReaderListener {
        final List<CardRead> cards = new CopyOnWriteArrayList<>();
        final List<ScanRead> scans = new CopyOnWriteArrayList<>();
        final List<LinkState> states = new CopyOnWriteArrayList<>();
        volatile boolean throwOnNextCard;

        @Override
        public void cardRead(CardRead read) {
            if (throwOnNextCard) {
                throwOnNextCard = false;
                throw new IllegalStateException("listener bug (expected by the test)");
            }
            cards.add(read);
        }

        @Override
        public void scanned(ScanRead read) {
            scans.add(read);
        }

        @Override
        public void linkStateChanged(LinkState state, String detail) {
            states.add(state);
        }

        @Override
        public String toString() {
            return Arrays.toString(cards.toArray());
        }
    }
}
