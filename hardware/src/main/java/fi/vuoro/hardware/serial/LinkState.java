package fi.vuoro.hardware.serial;

public enum LinkState {
    /** Not yet open, or retrying after a failure. */
    CONNECTING,
    UP,
    /** The device went away (unplugged, I/O error); the link keeps retrying. */
    DOWN,
    /** Closed by its owner; terminal. */
    CLOSED
}
