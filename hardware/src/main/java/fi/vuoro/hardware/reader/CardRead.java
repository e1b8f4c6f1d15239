package fi.vuoro.hardware.reader;

import java.time.Instant;
import java.util.Objects;

/**
 * A card presented at a reader, as the rest of the system sees it: never the clear number, only a keyed hash (to
 * look the card up) and a masked form (to show). The clear number exists only inside the reader layer and reaches
 * a {@link ClearCardNumberListener} the owner registers explicitly.
 *
 * @param cardHash HMAC-SHA256 of the card number under the site's key, lowercase hex; see {@link CardNumberHasher}
 * @param masked for display, e.g. {@code ••••4356}
 */
public record CardRead(ReaderKind kind, String cardHash, String masked, Instant readAt) {

    private static final String BULLETS = "••••";

    public CardRead {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cardHash, "cardHash");
        Objects.requireNonNull(masked, "masked");
        Objects.requireNonNull(readAt, "readAt");
    }

    /** Keeps the last four digits, as receipts do; numbers of four digits or fewer are hidden entirely. */
    public static String mask(String clearNumber) {
        if (clearNumber == null || clearNumber.length() <= 4) return BULLETS;
        return BULLETS + clearNumber.substring(clearNumber.length() - 4);
    }
}
