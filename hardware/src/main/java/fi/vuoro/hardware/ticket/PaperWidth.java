package fi.vuoro.hardware.ticket;

/**
 * Roll widths and what a 203 dpi (8 dots/mm) printer can print on them with font A (12×24 dots).
 *
 * @param dots printable dots per line
 * @param columns font A characters per line
 */
public enum PaperWidth {
    MM58(58, 384, 32),
    MM80(80, 576, 48);

    private final int millimetres;
    private final int dots;
    private final int columns;

    PaperWidth(int millimetres, int dots, int columns) {
        this.millimetres = millimetres;
        this.dots = dots;
        this.columns = columns;
    }

    public int millimetres() {
        return millimetres;
    }

    public int dots() {
        return dots;
    }

    public int columns() {
        return columns;
    }

    /** Printable width in PDF points at 203.2 dpi (72 mm or 48 mm). */
    public float points() {
        return dots / 203.2f * 72f;
    }

    public static PaperWidth ofMillimetres(int mm) {
        return switch (mm) {
            case 58 -> MM58;
            case 80 -> MM80;
            default -> throw new IllegalArgumentException("paper width is 58 or 80 mm, not " + mm);
        };
    }

    /** The paper width whose dot count is {@code dots}, or 80 mm for anything wider than 58 mm paper. */
    public static PaperWidth ofDots(int dots) {
        return dots <= MM58.dots ? MM58 : MM80;
    }
}
