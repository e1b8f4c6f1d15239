package fi.vuoro.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTest {

    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final VerifiedPasswordCache cache = new VerifiedPasswordCache(
            new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return bcrypt.encode(raw);
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    checks.incrementAndGet();
                    return bcrypt.matches(raw, encoded);
                }
            },
            nanos::get);

    @Test
    void aVerifiedPasswordIsCheckedOncePerTimeToLive() {
        String hash = cache.encode("demo");

        assertThat(cache.matches("demo", hash)).isTrue();
        assertThat(cache.matches("demo", hash)).isTrue();
        assertThat(cache.matches("demo", hash)).isTrue();
        assertThat(checks).hasValue(1);

        nanos.addAndGet(VerifiedPasswordCache.TTL.toNanos() + 1);
        assertThat(cache.matches("demo", hash)).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void wrongPasswordsAreNeverCachedAndAlwaysFail() {
        String hash = cache.encode("demo");
        assertThat(cache.matches("demo", hash)).isTrue();

        assertThat(cache.matches("wrong", hash)).isFalse();
        assertThat(cache.matches("wrong", hash)).isFalse();
        assertThat(checks).hasValue(3);
    }

    @Test
    void aChangedPasswordHashIsCheckedAgain() {
        String oldHash = cache.encode("demo");
        assertThat(cache.matches("demo", oldHash)).isTrue();

        // The user set a new password: the stored hash changed, the old password no longer matches it.
        String newHash = cache.encode("s3cret-new");
        assertThat(cache.matches("demo", newHash)).isFalse();
        assertThat(cache.matches("s3cret-new", newHash)).isTrue();
        assertThat(checks).hasValue(3);
    }
}
