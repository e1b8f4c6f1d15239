package fi.vuoro.hardware.reader;

import fi.vuoro.hardware.serial.LinkState;

/** Receives a reader's output on the link's reader thread; must not block for long. */
public interface CardReaderListener {

    void cardRead(CardRead read);

    default void scanned(ScanRead read) {}

    /** The reader was unplugged ({@link LinkState#DOWN}) or came back ({@link LinkState#UP}). */
    default void linkStateChanged(LinkState state, String detail) {}
}
