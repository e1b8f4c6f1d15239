package fi.vuoro.server.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * Where a password login comes from, carried as the authentication's details so the throttle and the audit log can
 * key on the remote address and tell the channels apart.
 *
 * @param channel {@code form}, {@code basic} or {@code stomp}
 */
public record LoginAttempt(String remoteAddress, String channel) {

    public static final String FORM = "form";
    public static final String BASIC = "basic";
    public static final String STOMP = "stomp";

    static AuthenticationDetailsSource<HttpServletRequest, LoginAttempt> source(String channel) {
        return request -> new LoginAttempt(request.getRemoteAddr(), channel);
    }
}
