package fi.vuoro.hardware.serial;

public enum FlowControl {
    NONE,
    /** Hardware handshake; receipt printers use it to stop the host while the buffer is full. */
    RTS_CTS,
    /** Software handshake: the device sends XOFF ({@code 13}) / XON ({@code 11}) in band. */
    XON_XOFF
}
