package fi.vuoro.server.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Remembers failed staff logins per username and per remote address and locks a key with exponential back-off once
 * it has used its free attempts: {@code firstLock}, then twice that for each further failure, up to {@code maxLock}.
 * While a key is locked, no password is even checked (so a locked attacker learns nothing, and BCrypt costs no CPU).
 * A successful login clears its username; the address keeps its count until {@code forgetAfter} passes, so one valid
 * account cannot be used to reset a password-spraying address.
 *
 * <p>In memory, per node: a restart forgets the counts, and with several nodes an attacker gets each node's free
 * attempts. That still turns an online brute force from thousands of guesses per minute into a handful.
 */
@Component
public class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties properties, ObjectProvider<Clock> clock, MeterRegistry meters) {
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.meters = meters;
    }

    /** How long the username or address must still wait, or empty when a login may be tried now. */
    public Optional<Duration> lockedFor(String username, String remoteAddress) {
        var now = clock.instant();
        var longest = Duration.ZERO;
        for (var key : keys(username, remoteAddress)) {
            var entry = failures.get(key);
            if (entry != null && entry.lockedUntil != null && entry.lockedUntil.isAfter(now)) {
                var left = Duration.between(now, entry.lockedUntil);
                if (left.compareTo(longest) > 0) {
                    longest = left;
                }
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Records a refused attempt that was stopped by the lock, for the metrics. */
    void refused(String channel) {
        meters.counter("vuoro.login.throttled", "channel", channel).increment();
    }

    void failed(String username, String remoteAddress, String channel) {
        meters.counter("vuoro.login.failures", "channel", channel).increment();
        var now = clock.instant();
        if (failures.size() >= properties.maxTrackedKeys()) {
            evictStalest(now);
        }
        var keys = keys(username, remoteAddress);
        for (int i = 0; i < keys.length; i++) {
            int free = i == 0 ? properties.freeAttemptsPerUser() : properties.freeAttemptsPerAddress();
            failures.compute(keys[i], (key, old) -> next(old, now, free));
        }
    }

    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Failures next(Failures old, Instant now, int free) {
        int count = old == null || old.last.plus(properties.forgetAfter()).isBefore(now) ? 1 : old.count + 1;
        Instant lockedUntil = null;
        if (count > free) {
            int doublings = Math.min(count - free - 1, 20);
            var lock = properties.firstLock().multipliedBy(1L << doublings);
            if (lock.compareTo(properties.maxLock()) > 0) {
                lock = properties.maxLock();
            }
            lockedUntil = now.plus(lock);
        }
        return new Failures(count, now, lockedUntil);
    }

    private void evictStalest(Instant now) {
        failures.entrySet()
                .removeIf(e -> e.getValue().last.plus(properties.forgetAfter()).isBefore(now));
        while (failures.size() >= properties.maxTrackedKeys()) {
            failures.entrySet().stream()
                    .min(Comparator.comparing(e -> e.getValue().last))
                    .ifPresent(e -> failures.remove(e.getKey()));
        }
    }

    private static String[] keys(String username, String remoteAddress) {
        return remoteAddress == null || remoteAddress.isBlank()
                ? new String[] {userKey(username)}
                : new String[] {userKey(username), "addr:" + remoteAddress};
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {}
}
