package fi.vuoro.server.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this username or address: wait {@link #retryAfter()} before the next try. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
