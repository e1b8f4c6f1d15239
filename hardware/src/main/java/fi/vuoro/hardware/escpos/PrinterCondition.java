package fi.vuoro.hardware.escpos;

/** One fact about a printer; a {@link PrinterStatus} is a set of them. */
public enum PrinterCondition {
    ONLINE,
    PAPER_NEAR_END,
    PAPER_OUT,
    COVER_OPEN,
    OFFLINE,
    /** No answer within the time-out, or nothing heard yet. */
    UNKNOWN
}
