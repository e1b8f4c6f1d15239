package fi.vuoro.server.ui;

/**
 * An estimated wait in words, the one place the server turns seconds into minutes for a reader: honest rounding
 * (up, never promising less; five-minute steps above ten minutes, as the kiosk's ticket does) and never "about 0
 * min". A ticket that is next in line with less than a minute to go, or has nothing to wait for, reads as next; a
 * wait under a minute reads "less than a minute". Each place words it itself under its own key prefix:
 * {@code <prefix>.next}, {@code .underMinute}, {@code .oneMinute}, {@code .minutes} (argument: minutes).
 */
public final class WaitText {

    private WaitText() {}

    /**
     * @param prefix the bundle prefix of the place, e.g. {@code mobile.wait}
     * @param seconds the estimate; {@code null} or negative when there is none
     * @param position the ticket's place in line (1 = next), {@code null} when not known
     * @return the words, or {@code null} when there is no estimate to tell
     */
    public static String describe(String prefix, Long seconds, Integer position, Texts t) {
        if (seconds == null || seconds < 0) return null;
        boolean next = position != null && position == 1;
        if (seconds == 0 || (next && seconds < 60)) return t.get(prefix + ".next");
        if (seconds < 60) return t.get(prefix + ".underMinute");
        long minutes = roundedMinutes(seconds);
        return minutes == 1 ? t.get(prefix + ".oneMinute") : t.get(prefix + ".minutes", minutes);
    }

    static long roundedMinutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes > 10 ? ((minutes + 4) / 5) * 5 : minutes;
    }
}
