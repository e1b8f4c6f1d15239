package fi.vuoro.hardware.reader;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** Small byte helpers for decoder tests. */
final class Frames {

    static final long MS = 1_000_000L;

    private Frames() {}

    static byte[] hex(String spaced) {
        return java.util.HexFormat.ofDelimiter(" ").parseHex(spaced);
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) out.writeBytes(part);
        return out.toByteArray();
    }

    static List<String> cardNumbers(List<DecodedFrame> frames) {
        return frames.stream()
                .map(f -> ((DecodedFrame.DecodedCard) f).clearNumber())
                .toList();
    }

    static List<String> payloads(List<DecodedFrame> frames) {
        return frames.stream()
                .map(f -> ((DecodedFrame.DecodedScan) f).payload())
                .toList();
    }

    /** Feeds {@code bytes} one at a time at the same instant and collects everything decoded. */
    static List<DecodedFrame> feedBytewise(FrameDecoder decoder, byte[] bytes, long nanoTime) {
        var out = new java.util.ArrayList<DecodedFrame>();
        for (byte b : bytes) out.addAll(decoder.feed(new byte[] {b}, nanoTime));
        return out;
    }
}
