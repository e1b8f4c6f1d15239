package fi.vuoro.hardware.serial;

public enum Parity {
    NONE,
    ODD,
    EVEN,
    MARK,
    SPACE
}
