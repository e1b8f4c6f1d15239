package fi.vuoro.hardware.escpos;

/** One thing a printer sent back, as told apart by {@link StatusDecoder}. */
public sealed interface StatusReply {

    /** The one-byte answer to a {@code DLE EOT n}; which n it answers is known only to whoever asked. */
    record Realtime(int value) implements StatusReply {}

    /** A 4-byte automatic status back frame. */
    record Automatic(PrinterStatus status, byte[] frame) implements StatusReply {}

    /** XON (true) or XOFF (false): the printer's receive buffer has room again, or is nearly full. */
    record FlowControl(boolean xon) implements StatusReply {}
}
