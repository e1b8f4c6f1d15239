package fi.vuoro.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Issues device tokens and hashes them for storage and look-up.
 *
 * <p>A plain SHA-256 (no salt, no stretching) is enough because issued tokens carry 256 random bits: nobody can
 * brute-force them from a leaked hash, and an unsalted hash lets us find the device by an indexed equality look-up.
 * Hand-chosen tokens (the demo's {@code demo-kiosk}) do not have that entropy and exist only in the demo profile.
 */
public final class DeviceTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceTokens() {}

    /** A new token: 32 random bytes, URL-safe Base64 without padding (43 characters). */
    public static String issue() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lowercase hex SHA-256 of the token's UTF-8 bytes, as stored in {@code device.token_hash}. */
    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
