package fi.vuoro.hardware.reader;

import java.util.List;

/**
 * A stateful state machine over one device's byte stream. Not thread-safe: one link thread feeds it. Time comes in
 * as {@code nanoTime} arguments, so gap and debounce rules are testable without sleeping.
 */
public interface FrameDecoder {

    ReaderKind kind();

    /** Consumes a chunk as it came off the line and returns the reads it completed (usually none or one). */
    List<DecodedFrame> feed(byte[] chunk, long nanoTime);

    /**
     * Lets silence end or drop a pending frame when no further byte arrives; call it periodically if {@link
     * #endsFramesOnSilence()}.
     */
    List<DecodedFrame> poll(long nanoTime);

    /** True when a frame can be completed by silence alone, so the owner must call {@link #poll(long)}. */
    default boolean endsFramesOnSilence() {
        return false;
    }

    /** Bytes held for an unfinished frame; always bounded by the format's maximum length. */
    int pendingBytes();

    ReaderCounters counters();
}
