package fi.vuoro.server.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Authenticates the value of an {@code Authorization} header ({@code Basic} for staff, {@code Bearer} for devices)
 * outside the servlet filter chain, e.g. for a STOMP CONNECT frame.
 */
@Component
public class CredentialsAuthenticator {

    private final AuthenticationManager authenticationManager;

    CredentialsAuthenticator(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    /**
     * @throws AuthenticationException when the header is missing, malformed or the credentials are wrong
     */
    public Authentication authenticate(String authorizationHeader) {
        return authenticate(authorizationHeader, null);
    }

    /**
     * As {@link #authenticate(String)}, for a STOMP CONNECT: a password login is throttled per username and per
     * {@code remoteAddress} (may be {@code null}) like form login and HTTP Basic.
     *
     * @throws LoginThrottledException while too many failed logins hold the username or address
     */
    public Authentication authenticate(String authorizationHeader, String remoteAddress) {
        var request = parse(authorizationHeader);
        if (request instanceof UsernamePasswordAuthenticationToken password) {
            password.setDetails(new LoginAttempt(remoteAddress, LoginAttempt.STOMP));
        }
        return authenticationManager.authenticate(request);
    }

    /** The token of a {@code Bearer} header value, or {@code null} for any other scheme or no header. */
    static String bearerTokenOrNull(String header) {
        if (header == null) {
            return null;
        }
        var value = header.strip();
        return startsWithIgnoreCase(value, "Bearer ") ? value.substring(7).strip() : null;
    }

    private static Authentication parse(String header) {
        var bearer = bearerTokenOrNull(header);
        if (bearer != null) {
            return DeviceTokenAuthentication.unauthenticated(bearer);
        }
        var value = header == null ? "" : header.strip();
        if (startsWithIgnoreCase(value, "Basic ")) {
            return basic(value.substring(6).strip());
        }
        throw new BadCredentialsException("Authorization must be 'Basic <base64>' or 'Bearer <device token>'");
    }

    private static Authentication basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("Basic credentials are not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new BadCredentialsException("Basic credentials must be 'username:password'");
        }
        return UsernamePasswordAuthenticationToken.unauthenticated(
                decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
