package fi.vuoro.server.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.vuoro.server.login.LoginView;
import fi.vuoro.server.queue.QueueReader;
import fi.vuoro.server.queue.TicketView;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the stateless API ({@code /api/**}, {@code /actuator/**}) with HTTP Basic and device bearer
 * tokens, and the browser chain (everything else): Vaadin's {@link VaadinSecurityConfigurer} with the {@link
 * LoginView}, sessions, CSRF and view access annotations ({@code @RolesAllowed}, {@code @AnonymousAllowed}). Rules:
 * {@link ApiAccessRules}; failed password logins are throttled on every channel ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** SockJS/WebSocket handshakes: credentials arrive in the STOMP CONNECT frame, see the messaging package. */
    static final String[] STOMP_ENDPOINTS = {"/ws", "/ws/**", "/ws-sockjs", "/ws-sockjs/**"};

    static final String LOGIN_PATH = "/login";

    /**
     * No observation around each security filter: with observations on, Spring Security wraps every filter of the
     * chain in one (a dozen per API call), which the benchmark's profile showed; the property
     * {@code management.observations.enable.spring.security=false} only makes them no-ops, the wrapping stays.
     * {@code http.server.requests} still times every request.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} today; the prefix lets a later release move to another algorithm without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one manager for staff passwords and device tokens, shared by both chains and STOMP CONNECT. */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService staffUsers,
            PasswordEncoder passwordEncoder,
            DeviceRegistry devices,
            LoginThrottle throttle,
            ApplicationEventPublisher events) {
        var staff = new DaoAuthenticationProvider(staffUsers);
        // BCrypt once per user and password for a few minutes, not on every Basic-authenticated request.
        staff.setPasswordEncoder(new VerifiedPasswordCache(passwordEncoder));
        // Not a bean on its own: Spring would otherwise also wire it into a second, global manager.
        var manager = new ProviderManager(
                new ThrottledPasswordAuthentication(staff, throttle), new DeviceTokenAuthenticationProvider(devices));
        // Success and failure events feed the audit log (logins and failed logins).
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http, AuthenticationManager authenticationManager, QueueReader queue) throws Exception {
        var problems = new ProblemResponses();
        var bearer = new DeviceTokenFilter(authenticationManager, problems);
        http.securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies, no session: nothing for a cross-site request to ride on, to log out of or to save a
                // request in for after a login page.
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems)
                        .authenticationDetailsSource(LoginAttempt.source(LoginAttempt.BASIC)))
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .headers(headers -> headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(rules -> ApiAccessRules.apply(
                        rules, ticketId -> queue.find(ticketId).map(TicketView::siteId)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browserFilterChain(
            HttpSecurity http, AuthenticationManager authenticationManager, SecurityHeadersProperties headers)
            throws Exception {
        http.authenticationManager(authenticationManager)
                // Vaadin adds its own CSRF handling; the STOMP handshake carries no token and needs none.
                .csrf(csrf -> csrf.ignoringRequestMatchers(STOMP_ENDPOINTS))
                .authorizeHttpRequests(rules -> rules.requestMatchers(STOMP_ENDPOINTS)
                        .permitAll()
                        // Plain CSS under META-INF/resources/styles: the login page and the anonymous display and
                        // mobile ticket need it before anyone has signed in.
                        .requestMatchers("/error", "/styles/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll())
                .formLogin(form -> form.failureHandler(new LoginFailureHandler(LOGIN_PATH))
                        .authenticationDetailsSource(LoginAttempt.source(LoginAttempt.FORM)))
                // A new session id at login (Spring's default, stated here because it matters): a session id planted
                // before login is worthless afterwards.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(headers.contentSecurityPolicy()))
                        .frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(policy -> policy.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(policy -> policy.policy(headers.permissionsPolicy()))
                        .httpStrictTransportSecurity(hsts -> {
                            if (!headers.hsts()) {
                                hsts.disable();
                            }
                        }))
                // Login page, logout, saved requests, Vaadin's internal requests, and view access control from the
                // views' annotations: a view without one is closed to everybody.
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .defaultSuccessUrl("/"));
        return http.build();
    }
}
