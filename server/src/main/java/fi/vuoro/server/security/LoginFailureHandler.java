package fi.vuoro.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Form login failures go back to the login page: {@code ?error} for wrong credentials, {@code ?locked} while the
 * throttle holds the username or address (the page then says to wait instead of "wrong password").
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    private final String loginPath;

    LoginFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var query = exception instanceof LoginThrottledException ? "?locked" : "?error";
        response.sendRedirect(request.getContextPath() + loginPath + query);
    }
}
