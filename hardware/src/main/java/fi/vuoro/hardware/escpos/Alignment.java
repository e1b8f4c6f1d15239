package fi.vuoro.hardware.escpos;

/** Horizontal justification, {@code ESC a n}. */
public enum Alignment {
    LEFT(0),
    CENTRE(1),
    RIGHT(2);

    private final int code;

    Alignment(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The alignment for an {@code ESC a} argument; unknown values fall back to LEFT as printers do. */
    public static Alignment ofCode(int code) {
        return switch (code) {
            case 1, '1' -> CENTRE;
            case 2, '2' -> RIGHT;
            default -> LEFT;
        };
    }
}
