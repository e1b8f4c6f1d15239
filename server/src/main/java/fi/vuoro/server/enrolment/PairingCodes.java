package fi.vuoro.server.enrolment;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Pairing codes people read off a kiosk screen and type: 6 characters from an alphabet without look-alikes (no
 * 0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V), shown as {@code K7P-3QX}. 19^6 ≈ 47 million codes, valid 15 minutes and throttled per address.
 */
final class PairingCodes {

    static final String ALPHABET = "ACEFHJKMNPRTWXY3479";
    static final int LENGTH = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PairingCodes() {}

    /** A new code without the separator, e.g. {@code K7P3QX}. */
    static String newCode() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As shown to people: {@code K7P-3QX}. */
    static String display(String code) {
        return code.substring(0, 3) + "-" + code.substring(3);
    }

    /** What a person typed, without separators and spaces, upper case; {@code null} when it cannot be a code. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }

    /** The kiosk's polling secret: 128 random bits, URL-safe. */
    static String newPairingId() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
