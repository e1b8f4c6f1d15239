package fi.vuoro.hardware.reader;

/** Why a decoder dropped a frame; counted per reason in {@link ReaderCounters}. */
public enum RejectReason {
    /** The frame's checksum did not match its data. */
    CHECKSUM,
    /** The frame grew past the format's length bound. */
    TOO_LONG,
    /** A byte that cannot occur at that position of the frame. */
    BAD_CHAR,
    /** Well-formed bytes that do not make a valid frame (e.g. a stripe track without its separators). */
    BAD_FORMAT,
    /** A new start byte arrived before the frame ended. */
    TRUNCATED,
    /** The line went quiet mid-frame for longer than the inter-byte gap. */
    GAP_TIMEOUT,
    /** The device itself reported a failed read (magnetic stripe {@code %E?} / {@code ;E?}). */
    READ_ERROR
}
