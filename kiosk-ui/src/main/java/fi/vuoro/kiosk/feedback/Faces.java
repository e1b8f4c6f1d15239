package fi.vuoro.kiosk.feedback;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The five faces as inline SVG (no image files, no emoji font needed on the kiosk PC). Colour is never the only cue:
 * every face has its own mouth and a text label beside it. White features on each fill are above 4.5:1.
 */
final class Faces {

    private static final String[] FILL = {"#b3261e", "#a84300", "#5f6368", "#2e7d32", "#1b5e20"};
    /** Control point of the mouth curve: above the corners frowns, below smiles. */
    private static final int[] MOUTH = {50, 60, 71, 84, 96};

    private Faces() {}

    static String svg(int rating) {
        int i = rating - 1;
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'>"
                + "<circle cx='50' cy='50' r='46' fill='" + FILL[i] + "'/>"
                + "<circle cx='35' cy='40' r='6.5' fill='#fff'/><circle cx='65' cy='40' r='6.5' fill='#fff'/>"
                + "<path d='M28 " + (i < 2 ? 74 : 70) + " Q50 " + MOUTH[i] + " 72 " + (i < 2 ? 74 : 70)
                + "' stroke='#fff' stroke-width='7' fill='none' stroke-linecap='round'/></svg>";
    }

    static String dataUrl(int rating) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(rating).getBytes(StandardCharsets.UTF_8));
    }
}
