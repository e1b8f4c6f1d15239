package fi.vuoro.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a short while, that a password matched a stored hash, so a staff client sending HTTP Basic on every
 * request pays one BCrypt check per {@link #TTL} instead of one per request.
 *
 * <p>The key is an HMAC (random per-process secret) of the raw password <em>and the stored hash</em>; the raw
 * password is never stored. Changing a password changes the stored hash, so the old entry simply stops matching;
 * a disabled or deleted user is still rejected because the user row is loaded and checked on every request. Only
 * successes are cached: every wrong password costs a full BCrypt check.
 */
final class VerifiedPasswordCache implements PasswordEncoder {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final LongSupplier nanoTime;
    private final SecretKeySpec secret;
    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    VerifiedPasswordCache(PasswordEncoder delegate) {
        this(delegate, System::nanoTime);
    }

    VerifiedPasswordCache(PasswordEncoder delegate, LongSupplier nanoTime) {
        this.delegate = delegate;
        this.nanoTime = nanoTime;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        long now = nanoTime.getAsLong();
        Long until = verifiedUntil.get(key);
        if (until != null && until - now > 0) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.entrySet().removeIf(e -> e.getValue() - now <= 0);
                if (verifiedUntil.size() >= MAX_ENTRIES) {
                    verifiedUntil.clear();
                }
            }
            verifiedUntil.put(key, now + TTL.toNanos());
        } else {
            verifiedUntil.remove(key);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String key(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
