package fi.vuoro.hardware.reader;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a card number into the identifier stored everywhere else: HMAC-SHA256 under a per-deployment key, as
 * lowercase hex. A plain hash would not do: card numbers are short enough to brute-force.
 */
public final class CardNumberHasher {

    private static final String ALGORITHM = "HmacSHA256";
    /** 128 bits; generate 32 random bytes in practice. */
    public static final int MIN_KEY_BYTES = 16;

    private final SecretKeySpec key;

    public CardNumberHasher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "card hash key must be at least " + MIN_KEY_BYTES + " bytes, was " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** Accepts the key as standard base64 or base64url, with or without padding. */
    public static CardNumberHasher fromBase64(String encodedKey) {
        Objects.requireNonNull(encodedKey, "encodedKey");
        var normalised = encodedKey.strip().replace('-', '+').replace('_', '/');
        try {
            return new CardNumberHasher(Base64.getDecoder().decode(normalised));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("card hash key")) throw e;
            throw new IllegalArgumentException("card hash key is not valid base64", e);
        }
    }

    public String hash(String cardNumber) {
        Objects.requireNonNull(cardNumber, "cardNumber");
        try {
            var mac = Mac.getInstance(ALGORITHM); // Mac is not thread-safe; creating one per read is cheap enough
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(cardNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "CardNumberHasher[HmacSHA256, key hidden]";
    }
}
