package fi.vuoro.kiosk.identify;

/** The digits typed on the keypad, bounded so a stuck finger cannot grow it without end. */
public final class CodeEntry {

    public static final int MAX_DIGITS = 8;
    private final StringBuilder digits = new StringBuilder();

    /** @return false when the digit was refused (not a digit, or the code is full) */
    public boolean press(char digit) {
        if (digit < '0' || digit > '9' || digits.length() >= MAX_DIGITS) return false;
        digits.append(digit);
        return true;
    }

    public void erase() {
        if (!digits.isEmpty()) digits.setLength(digits.length() - 1);
    }

    public boolean complete() {
        return digits.length() >= 4;
    }

    public String value() {
        return digits.toString();
    }
}
