package fi.vuoro.hardware.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.vuoro.hardware.RequiredTools;
import fi.vuoro.hardware.reader.emulator.CardReaderEmulator;
import fi.vuoro.hardware.reader.emulator.Em4100Frames;
import fi.vuoro.hardware.reader.emulator.LineNoise;
import fi.vuoro.hardware.serial.JsscSerialLink;
import fi.vuoro.hardware.serial.LinkState;
import fi.vuoro.hardware.serial.SerialSettings;
import fi.vuoro.hardware.serial.SocatPtyPair;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card reader on real ptys: jssc on both ends of a socat pair, an emulator on the device end. */
class CardReaderSocatTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private SocatPtyPair pair;
    private JsscSerialLink deviceEnd;
    private CardReader reader;
    private CardReaderEmulator device;
    private final CardReaderTest.Recorder recorder = new CardReaderTest.Recorder();

    @BeforeEach
    void plugIn() throws IOException, InterruptedException {
        RequiredTools.assumeSocat();
        pair = SocatPtyPair.start(dir, "ttyRfid");
        reader = new CardReader(
                new JsscSerialLink(fast(pair.hostEnd())),
                Em4100Decoder.rdm6300(),
                new CardNumberHasher(new byte[32]),
                Clock.systemUTC());
        reader.start(recorder);
        deviceEnd = new JsscSerialLink(fast(pair.deviceEnd()));
        deviceEnd.open(bytes -> {});
        device = new CardReaderEmulator(deviceEnd, ReaderKind.RDM6300);
        await(WAIT, () -> reader.linkState() == LinkState.UP && deviceEnd.state() == LinkState.UP);
    }

    @AfterEach
    void unplug() {
        if (reader != null) reader.close();
        if (deviceEnd != null) deviceEnd.close();
        if (pair != null) pair.close();
    }

    @Test
    void framesWithGarbageBetweenArriveDecoded() throws Exception {
        var noise = new Random(42);
        device.sendRaw(LineNoise.bytes(noise, 3000));
        device.tap("0008844356");
        device.sendRaw(LineNoise.bytes(noise, 3000));
        device.sendInvalid();
        device.sendRaw(Em4100Frames.truncated(ReaderKind.RDM6300, "0000000099", 5));
        device.tap("0000001234");
        device.sendRaw(LineNoise.bytes(noise, 100));

        await(WAIT, () -> recorder.cards.size() == 2);
        assertThat(recorder.cards).extracting(CardRead::masked).containsExactly("••••4356", "••••1234");
        assertThat(reader.counters().rejected(RejectReason.CHECKSUM)).isGreaterThanOrEqualTo(1);
        assertThat(reader.counters().skippedBytes()).isPositive();
    }

    @Test
    void aHeldTagIsReadOnceOverARealLine() throws Exception {
        device.tapAndHold("0008844356", 10);

        await(WAIT, () -> reader.counters().debounced() == 9);
        assertThat(recorder.cards).hasSize(1);
    }

    @Test
    void unplugGoesDownWithinTwoSecondsThenReplugBringsReadsBack() throws Exception {
        device.tap("0000000001");
        await(WAIT, () -> recorder.cards.size() == 1);

        pair.unplug();

        await(Duration.ofSeconds(2), () -> reader.linkState() == LinkState.DOWN);
        assertThat(recorder.states).contains(LinkState.DOWN);
        await(Duration.ofSeconds(2), () -> deviceEnd.state() == LinkState.DOWN);
        assertThatThrownBy(() -> device.tap("0000000002")).isInstanceOf(IOException.class);

        pair.replug();

        await(WAIT, () -> reader.linkState() == LinkState.UP && deviceEnd.state() == LinkState.UP);
        device.tap("0000000003");
        await(WAIT, () -> recorder.cards.size() == 2);
        assertThat(recorder.cards).extracting(CardRead::masked).containsExactly("••••0001", "••••0003");
        assertThat(recorder.states).containsSubsequence(LinkState.UP, LinkState.DOWN, LinkState.UP);
    }

    private static SerialSettings fast(Path path) {
        return SerialSettings.of(path.toString(), 9600).withBackoff(Duration.ofMillis(50), Duration.ofMillis(250));
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within " + limit);
            Thread.sleep(10);
        }
    }
}
