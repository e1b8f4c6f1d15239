package fi.vuoro.kiosk.devices;

import fi.vuoro.hardware.reader.DecodedFrame;
import fi.vuoro.hardware.reader.FrameDecoder;
import fi.vuoro.hardware.reader.ReaderCounters;
import fi.vuoro.hardware.reader.ReaderKind;
import java.util.List;

/**
 * Passes everything to the real decoder and calls back when it rejected a frame (bad checksum, read error…): to the
 * visitor that is "the card could not be read", which counts towards struggle. The reader itself only delivers
 * good reads; rejections live in its counters, so this watches them grow.
 */
final class RejectionWatchingDecoder implements FrameDecoder {

    private final FrameDecoder delegate;
    private final Runnable onRejected;
    private long seen;

    RejectionWatchingDecoder(FrameDecoder delegate, Runnable onRejected) {
        this.delegate = delegate;
        this.onRejected = onRejected;
        this.seen = delegate.counters().rejectedTotal();
    }

    @Override
    public ReaderKind kind() {
        return delegate.kind();
    }

    @Override
    public List<DecodedFrame> feed(byte[] chunk, long nanoTime) {
        try {
            return delegate.feed(chunk, nanoTime);
        } finally {
            check();
        }
    }

    @Override
    public List<DecodedFrame> poll(long nanoTime) {
        try {
            return delegate.poll(nanoTime);
        } finally {
            check();
        }
    }

    @Override
    public boolean endsFramesOnSilence() {
        return delegate.endsFramesOnSilence();
    }

    @Override
    public int pendingBytes() {
        return delegate.pendingBytes();
    }

    @Override
    public ReaderCounters counters() {
        return delegate.counters();
    }

    private void check() {
        long now = delegate.counters().rejectedTotal();
        if (now > seen) {
            seen = now;
            onRejected.run();
        }
    }
}
