package fi.vuoro.hardware.reader;

import static fi.vuoro.hardware.reader.Frames.MS;
import static fi.vuoro.hardware.reader.Frames.concat;
import static fi.vuoro.hardware.reader.Frames.payloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.vuoro.hardware.reader.ScannerFraming.Terminator;
import fi.vuoro.hardware.reader.emulator.ScannerFrames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScannerDecoderTest {

    @Test
    void crTerminatedCodes() {
        var decoder = ScannerDecoder.create(ScannerFraming.terminatedBy(Terminator.CR));

        var frames = decoder.feed(utf8("APPT-1234\rAPPT-5678\r"), 0);

        assertThat(payloads(frames)).containsExactly("APPT-1234", "APPT-5678");
        assertThat(decoder.counters().accepted()).isEqualTo(2);
    }

    @Test
    void crLfTerminatedCodesKeepALoneCrAsData() {
        var decoder = ScannerDecoder.create(ScannerFraming.terminatedBy(Terminator.CRLF));

        assertThat(payloads(decoder.feed(utf8("A\rB\r\nC\r\n"), 0))).containsExactly("A\rB", "C");
    }

    @Test
    void crTerminatorToleratesTheLfOfAScannerSendingCrLf() {
        var decoder = ScannerDecoder.create(ScannerFraming.terminatedBy(Terminator.CR));

        assertThat(payloads(decoder.feed(utf8("ONE\r\nTWO\r\n"), 0))).containsExactly("ONE", "TWO");
    }

    @Test
    void etxTerminatedCodesMayContainLineBreaks() {
        var decoder = ScannerDecoder.create(ScannerFraming.terminatedBy(Terminator.ETX));

        assertThat(payloads(decoder.feed(utf8("line1\r\nline2\u0003"), 0))).containsExactly("line1\r\nline2");
    }

    @Test
    void stxEtxFramingSkipsNoiseBetweenFramesAndKeepsCrLfInside() {
        var decoder = ScannerDecoder.create(ScannerFraming.stxEtxFramed());
        var stream = concat(
                utf8("noise"),
                ScannerFrames.frame("WIFI:S:lobby;\r\nT:WPA;;", ScannerFraming.stxEtxFramed()),
                utf8("\r\n"),
                utf8("\u0002cut short"),
                ScannerFrames.frame("https://vuoro.example/t/AB12", ScannerFraming.stxEtxFramed()));

        var frames = decoder.feed(stream, 0);

        assertThat(payloads(frames)).containsExactly("WIFI:S:lobby;\r\nT:WPA;;", "https://vuoro.example/t/AB12");
        assertThat(decoder.counters().rejected(RejectReason.TRUNCATED)).isEqualTo(1);
        assertThat(decoder.counters().skippedBytes()).isEqualTo(5);
    }

    @Test
    void utf8PayloadsDecode() {
        var decoder = ScannerDecoder.create(ScannerFraming.terminatedBy(Terminator.CR));

        assertThat(payloads(decoder.feed(utf8("Åsa Öberg – hämeenlinna\r"), 0)))
                .containsExactly("Åsa Öberg – hämeenlinna");
    }

    @Test
    void invalidUtf8AndControlBytesAreBadChar() {
        var decoder = ScannerDecoder.create(ScannerFraming.terminatedBy(Terminator.CR));

        assertThat(decoder.feed(new byte[] {'A', (byte) 0xC3, '(', '\r'}, 0)).isEmpty();
        assertThat(decoder.feed(ScannerFrames.badChar(ScannerFraming.terminatedBy(Terminator.CR)), MS))
                .isEmpty();
        assertThat(payloads(decoder.feed(utf8("OK\r"), 2 * MS))).containsExactly("OK");

        assertThat(decoder.counters().rejected(RejectReason.BAD_CHAR)).isEqualTo(2);
    }

    @Test
    void aRejectedFrameIsDiscardedUpToItsTerminator() {
        var decoder = ScannerDecoder.create(ScannerFraming.terminatedBy(Terminator.CR));

        // The tail "TAIL" must not come out as a code of its own.
        assertThat(payloads(decoder.feed(utf8("HEAD\u0001TAIL\rNEXT\r"), 0))).containsExactly("NEXT");
    }

    @Test
    void boundsThePayloadLength() {
        var framing = ScannerFraming.terminatedBy(Terminator.CR).withMaxLength(16);
        var decoder = ScannerDecoder.create(framing);

        assertThat(decoder.feed(utf8("x".repeat(17) + "\r" + "y".repeat(16) + "\r"), 0))
                .hasSize(1);
        assertThat(decoder.counters().rejected(RejectReason.TOO_LONG)).isEqualTo(1);

        decoder.feed(utf8("z".repeat(100_000)), MS);
        assertThat(decoder.pendingBytes()).isLessThanOrEqualTo(16);
    }

    @Test
    void silenceEndsAFrameWhenThereIsNoTerminator() {
        var decoder = ScannerDecoder.create(ScannerFraming.silenceTerminated(Duration.ofMillis(50)));

        assertThat(decoder.feed(utf8("APPT-"), 0)).isEmpty();
        assertThat(decoder.feed(utf8("42"), 30 * MS)).isEmpty();
        assertThat(decoder.poll(60 * MS)).isEmpty(); // 30 ms after the last byte
        assertThat(payloads(decoder.poll(81 * MS))).containsExactly("APPT-42");
        assertThat(decoder.endsFramesOnSilence()).isTrue();
    }

    @Test
    void silenceEndsAFrameAlsoWhenTheNextCodeArrives() {
        var decoder = ScannerDecoder.create(ScannerFraming.silenceTerminated(Duration.ofMillis(50)));
        decoder.feed(utf8("FIRST"), 0);

        var frames = new ArrayList<>(decoder.feed(utf8("SECOND"), 500 * MS));
        frames.addAll(decoder.poll(600 * MS));

        assertThat(payloads(frames)).containsExactly("FIRST", "SECOND");
    }

    @Test
    void aGapInATerminatedFrameDropsIt() {
        var decoder = ScannerDecoder.create(ScannerFraming.terminatedBy(Terminator.CR));
        decoder.feed(utf8("HALF"), 0);

        assertThat(payloads(decoder.feed(utf8("CODE\r"), 200 * MS))).containsExactly("CODE");
        assertThat(decoder.counters().rejected(RejectReason.GAP_TIMEOUT)).isEqualTo(1);
    }

    @Test
    void splitAtEveryPoint() {
        var frame = ScannerFrames.frame("APPT-2026-11-23-0042", ScannerFraming.stxEtxFramed());
        for (int split = 1; split < frame.length; split++) {
            var decoder = ScannerDecoder.create(ScannerFraming.stxEtxFramed());
            var frames = new ArrayList<>(decoder.feed(Arrays.copyOf(frame, split), 0));
            frames.addAll(decoder.feed(Arrays.copyOfRange(frame, split, frame.length), 2 * MS));

            assertThat(payloads(frames)).as("split at %d", split).containsExactly("APPT-2026-11-23-0042");
        }
    }

    @Test
    void repeatedScansOfOneCodeAreDebounced() {
        var decoder = ScannerDecoder.create(ScannerFraming.terminatedBy(Terminator.CR));

        assertThat(decoder.feed(utf8("A\r"), 0)).hasSize(1);
        assertThat(decoder.feed(utf8("A\r"), 300 * MS)).isEmpty();
        assertThat(decoder.feed(utf8("B\r"), 400 * MS)).hasSize(1);
        assertThat(decoder.counters().debounced()).isEqualTo(1);
    }

    @Test
    void framingIsValidated() {
        assertThatThrownBy(() -> new ScannerFraming(Terminator.CR, true, Duration.ofMillis(100), 10))
                .hasMessageContaining("terminator must be ETX");
        assertThatThrownBy(() -> ScannerFraming.terminatedBy(Terminator.CR).withMaxLength(0))
                .hasMessageContaining("max length");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
