package fi.vuoro.hardware.printer;

/** Why a print job failed, in the order a person at the kiosk could act on it. */
public enum FailureReason {
    PAPER_OUT,
    COVER_OPEN,
    /** The printer answered but said it is offline (error, feed button held, …). */
    OFFLINE,
    /** The printer did not answer the status request within the time-out: off, unplugged at its end, wrong baud. */
    NO_RESPONSE,
    /** The serial link is down, or failed during the write (then part of the ticket may have printed). */
    LINK_DOWN,
    /** The ticket holds text the printer cannot show, or a payload its barcode cannot hold. */
    ENCODING,
    /** The driver was closed before the job ran. */
    CLOSED
}
