package fi.vuoro.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Back-off after failed staff logins ({@code vuoro.security.login-throttle.*}), per username and per remote address.
 *
 * @param freeAttemptsPerUser failures per username before the first lock
 * @param freeAttemptsPerAddress failures per remote address before the first lock (an office may share one NAT
 *     address, so this is looser)
 * @param firstLock lock after the first failure past the free attempts; each further failure doubles it
 * @param maxLock the longest lock
 * @param forgetAfter a key with no failure for this long starts afresh
 * @param maxTrackedKeys memory bound: beyond it the stalest keys are dropped first
 */
@ConfigurationProperties("vuoro.security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int freeAttemptsPerUser,
        @DefaultValue("20") int freeAttemptsPerAddress,
        @DefaultValue("30s") Duration firstLock,
        @DefaultValue("15m") Duration maxLock,
        @DefaultValue("1h") Duration forgetAfter,
        @DefaultValue("10000") int maxTrackedKeys) {}
