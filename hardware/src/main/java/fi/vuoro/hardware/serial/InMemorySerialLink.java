package fi.vuoro.hardware.serial;

import java.io.IOException;
import java.util.Objects;

/**
 * Two linked in-memory ends, like a null-modem cable: what one end writes the other end's listener receives,
 * synchronously on the writer's thread. {@link #unplug()} and {@link #replug()} simulate a pulled cable.
 */
public final class InMemorySerialLink implements SerialLink {

    private final String name;
    private InMemorySerialLink peer;
    private volatile Listener listener;
    private volatile LinkState state = LinkState.CONNECTING;

    private InMemorySerialLink(String name) {
        this.name = name;
    }

    /** Returns two connected ends: {@code [0]} for the driver, {@code [1]} for the device or emulator. */
    public static InMemorySerialLink[] pair(String name) {
        var a = new InMemorySerialLink(name);
        var b = new InMemorySerialLink(name + "/peer");
        a.peer = b;
        b.peer = a;
        return new InMemorySerialLink[] {a, b};
    }

    @Override
    public synchronized void open(Listener listener) {
        this.listener = Objects.requireNonNull(listener);
        setState(LinkState.UP, "open");
    }

    @Override
    public LinkState state() {
        return state;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (state != LinkState.UP) {
            throw new IOException(name + " is " + state);
        }
        var other = peer.listener;
        if (other != null && peer.state == LinkState.UP) {
            other.bytesReceived(bytes.clone());
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** Simulates pulling the cable: both ends go DOWN. */
    public void unplug() {
        setState(LinkState.DOWN, "unplugged");
        peer.setState(LinkState.DOWN, "unplugged");
    }

    /** Simulates plugging the cable back: both opened ends come UP again. */
    public void replug() {
        if (listener != null) setState(LinkState.UP, "replugged");
        if (peer.listener != null) peer.setState(LinkState.UP, "replugged");
    }

    @Override
    public void close() {
        setState(LinkState.CLOSED, "closed");
    }

    private void setState(LinkState next, String detail) {
        if (state == LinkState.CLOSED || state == next) return;
        state = next;
        var current = listener;
        if (current != null) current.stateChanged(next, detail);
    }
}
