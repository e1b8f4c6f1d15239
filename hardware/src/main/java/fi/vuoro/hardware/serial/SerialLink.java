package fi.vuoro.hardware.serial;

import java.io.IOException;

/**
 * A byte pipe to one device. Implementations keep themselves connected: after an unplug they report
 * {@link LinkState#DOWN}, try again with back-off, and report {@link LinkState#UP} when the device is back, at
 * which point the device driver re-sends its initialisation. Received bytes arrive on one thread, in order.
 */
public interface SerialLink extends AutoCloseable {

    /** Starts connecting and reading; returns at once. Call once. */
    void open(Listener listener);

    LinkState state();

    /** Writes all bytes or throws; never writes part of them silently. */
    void write(byte[] bytes) throws IOException;

    /** A human-readable name for logs and health boards, such as the port path. */
    String name();

    @Override
    void close();

    interface Listener {

        /** Called on the link's reader thread; must not block for long. */
        void bytesReceived(byte[] bytes);

        default void stateChanged(LinkState state, String detail) {}
    }
}
