package fi.vuoro.kiosk.pairing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The kiosk's current device token: the one stored by pairing wins over {@code vuoro.kiosk.device-token}. Blank
 * means the kiosk is not paired. Thread-safe.
 */
public final class DeviceTokens {

    private final TokenStore store;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile String configured;
    /** The stored token, read once: every REST call asks for the token, the file changes only through here. */
    private volatile String stored;

    public DeviceTokens(TokenStore store, String configured) {
        this.store = store;
        this.configured = configured == null ? "" : configured.trim();
        this.stored = store.read().orElse(null);
    }

    public String current() {
        var fromPairing = stored;
        return fromPairing != null ? fromPairing : configured;
    }

    public boolean paired() {
        return !current().isBlank();
    }

    /** Keeps a token from pairing and tells the listeners (the gateway connects with it). */
    public void store(String token) {
        store.write(token);
        stored = token;
        listeners.forEach(Runnable::run);
    }

    /** The server refused the token (revoked): forget it, so the kiosk shows its pairing screen. */
    public void forget() {
        store.delete();
        stored = null;
        configured = "";
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
