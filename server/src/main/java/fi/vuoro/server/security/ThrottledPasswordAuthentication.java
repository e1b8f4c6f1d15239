package fi.vuoro.server.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Staff password checks (form login, HTTP Basic, STOMP CONNECT alike) behind the {@link LoginThrottle}: a locked
 * username or address is refused before the password is looked at; wrong passwords, unknown users and disabled
 * accounts count as failures.
 */
class ThrottledPasswordAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledPasswordAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var attempt = authentication.getDetails() instanceof LoginAttempt a ? a : new LoginAttempt(null, "other");
        var locked = throttle.lockedFor(username, attempt.remoteAddress());
        if (locked.isPresent()) {
            throttle.refused(attempt.channel());
            throw new LoginThrottledException(locked.get());
        }
        try {
            var result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            throttle.failed(username, attempt.remoteAddress(), attempt.channel());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
