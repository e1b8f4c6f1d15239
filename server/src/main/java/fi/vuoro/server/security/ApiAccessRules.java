package fi.vuoro.server.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyRole;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call what on the REST API: the one place to read and change it. First match wins; anything not listed
 * needs {@link Role#ADMIN}, so a new endpoint is closed until it gets a rule here.
 *
 * <p>Devices are additionally bound to their own site: a kiosk of site {@code a} cannot issue tickets at site
 * {@code b}.
 */
final class ApiAccessRules {

    private static final String[] ISSUE_TICKETS = {Role.KIOSK.name(), Role.RECEPTION.name(), Role.ADMIN.name()};
    private static final String[] SERVE_TICKETS = {Role.COUNTER.name(), Role.RECEPTION.name(), Role.ADMIN.name()};

    private ApiAccessRules() {}

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                // Public: API description and liveness.
                .requestMatchers("/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/docs", "/api/v1/docs/**")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // Read the queue: any staff user or device (displays and kiosks show it).
                .requestMatchers(
                        GET,
                        "/api/v1/sites/{site}",
                        "/api/v1/sites/{site}/services",
                        "/api/v1/sites/{site}/queue",
                        "/api/v1/sites/{site}/counters")
                .access(ownSiteFor(authenticated()))
                .requestMatchers(GET, "/api/v1/tickets/*")
                .authenticated()
                // Appointments (personal data): the site's kiosks and staff, never displays.
                .requestMatchers(GET, "/api/v1/sites/{site}/appointments", "/api/v1/sites/{site}/appointments/*")
                .access(ownSiteFor(
                        hasAnyRole(Role.KIOSK.name(), Role.RECEPTION.name(), Role.COUNTER.name(), Role.ADMIN.name())))
                // A device asks who it is.
                .requestMatchers(GET, "/api/v1/devices/me")
                .hasAnyRole(Role.KIOSK.name(), Role.DISPLAY.name())
                // Issue a ticket: kiosks (their own site), reception, admin.
                .requestMatchers(POST, "/api/v1/sites/{site}/tickets")
                .access(ownSiteFor(hasAnyRole(ISSUE_TICKETS)))
                // Work the queue: counters and ticket actions.
                .requestMatchers("/api/v1/counters/**")
                .hasAnyRole(SERVE_TICKETS)
                .requestMatchers(POST, "/api/v1/tickets/*/**")
                .hasAnyRole(SERVE_TICKETS)
                // Metrics and everything else.
                .requestMatchers("/actuator/**")
                .hasRole(Role.ADMIN.name())
                .anyRequest()
                .hasRole(Role.ADMIN.name());
    }

    /** Lets a device through only for the site in the path variable {@code site}; staff are unaffected. */
    static AuthorizationManager<RequestAuthorizationContext> ownSiteFor(
            AuthorizationManager<RequestAuthorizationContext> delegate) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(
                    Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
                var auth = authentication.get();
                if (auth != null
                        && auth.getPrincipal() instanceof DevicePrincipal device
                        && !device.siteId().equals(context.getVariables().get("site"))) {
                    return new AuthorizationDecision(false);
                }
                return delegate.authorize(authentication, context);
            }
        };
    }
}
