package fi.vuoro.server.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyRole;

import java.util.Optional;
import java.util.function.Function;
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
    private static final String[] READ_TICKETS = {
        Role.KIOSK.name(), Role.COUNTER.name(), Role.RECEPTION.name(), Role.ADMIN.name()
    };
    private static final String[] DEVICES = {Role.KIOSK.name(), Role.DISPLAY.name()};
    private static final String[] SERVE_TICKETS = {Role.COUNTER.name(), Role.RECEPTION.name(), Role.ADMIN.name()};

    private ApiAccessRules() {}

    static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            Function<String, Optional<String>> tickets) {
        rules
                // Public: API description and liveness.
                .requestMatchers(
                        "/api/v1/openapi",
                        "/api/v1/openapi.yaml",
                        "/api/v1/openapi/**",
                        "/api/v1/docs",
                        "/api/v1/docs/**")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // Pairing a new kiosk/display: it has no credentials yet (enrolment throttles it per address).
                .requestMatchers(POST, "/api/v1/pairings")
                .permitAll()
                .requestMatchers(GET, "/api/v1/pairings/*")
                .permitAll()
                // Kiosks only (before the device rule below, which would otherwise let displays through): offline
                // issuing leases number blocks and imports what was issued (package offline); after reconnecting a
                // kiosk restores reception's overrides (package lobby).
                .requestMatchers(POST, "/api/v1/devices/me/number-blocks", "/api/v1/devices/me/offline-tickets")
                .hasRole(Role.KIOSK.name())
                .requestMatchers(GET, "/api/v1/devices/me/overrides")
                .hasRole(Role.KIOSK.name())
                // A device about itself: identity and serial device configuration.
                .requestMatchers("/api/v1/devices/me", "/api/v1/devices/me/**")
                .hasAnyRole(DEVICES)
                // Feedback: kiosks (package feedback checks their site), reception and admin (channel STAFF); the
                // mobile page records it through the Java API.
                .requestMatchers(POST, "/api/v1/feedback")
                .hasAnyRole(ISSUE_TICKETS)
                // Audit export and the retention purge: administrators only (stated, though it is the default).
                .requestMatchers("/api/v1/audit", "/api/v1/retention/**")
                .hasRole(Role.ADMIN.name())
                // Site, services, counters: any staff user, and the devices of that site.
                .requestMatchers(
                        GET,
                        "/api/v1/sites/{site}",
                        "/api/v1/sites/{site}/services",
                        "/api/v1/sites/{site}/counters",
                        "/api/v1/sites/{site}/ticket-layout")
                .access(ownSiteFor(authenticated()))
                // Whole tickets (with appointment references): staff and kiosks of the site, not lobby displays,
                // which get the calls topic instead.
                .requestMatchers(GET, "/api/v1/sites/{site}/queue")
                .access(ownSiteFor(hasAnyRole(READ_TICKETS)))
                .requestMatchers(GET, "/api/v1/tickets/{ticket}")
                .access(ownTicketFor(hasAnyRole(READ_TICKETS), tickets))
                // A visit's history and hand-over notes: staff who serve it.
                .requestMatchers(GET, "/api/v1/tickets/{ticket}/visit")
                .hasAnyRole(SERVE_TICKETS)
                // Appointments (personal data): the site's kiosks and staff, never displays.
                .requestMatchers(GET, "/api/v1/sites/{site}/appointments", "/api/v1/sites/{site}/appointments/*")
                .access(ownSiteFor(hasAnyRole(READ_TICKETS)))
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

    /**
     * Lets a device through only for a ticket of its own site ({@code tickets}: ticket id → site id); an unknown
     * ticket passes on to the controller's 404. Staff are unaffected.
     */
    static AuthorizationManager<RequestAuthorizationContext> ownTicketFor(
            AuthorizationManager<RequestAuthorizationContext> delegate, Function<String, Optional<String>> tickets) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(
                    Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
                var auth = authentication.get();
                if (auth != null && auth.getPrincipal() instanceof DevicePrincipal device) {
                    var site = tickets.apply(context.getVariables().get("ticket"));
                    if (site.isPresent() && !site.get().equals(device.siteId())) {
                        return new AuthorizationDecision(false);
                    }
                }
                return delegate.authorize(authentication, context);
            }
        };
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
