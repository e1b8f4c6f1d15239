package fi.vuoro.hardware.serial;

public enum StopBits {
    ONE,
    ONE_POINT_FIVE,
    TWO
}
