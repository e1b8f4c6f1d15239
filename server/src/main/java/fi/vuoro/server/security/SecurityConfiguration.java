package fi.vuoro.server.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains: the stateless API ({@code /api/**}, {@code /actuator/**}) with HTTP Basic and device bearer
 * tokens, and the browser chain (everything else) with form login, sessions and CSRF. Rules: {@link
 * ApiAccessRules}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** SockJS/WebSocket handshakes: credentials arrive in the STOMP CONNECT frame, see the messaging package. */
    static final String[] STOMP_ENDPOINTS = {"/ws", "/ws/**", "/ws-sockjs", "/ws-sockjs/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} today; the prefix lets a later release move to another algorithm without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one manager for staff passwords and device tokens, shared by both chains and STOMP CONNECT. */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService staffUsers, PasswordEncoder passwordEncoder, DeviceRegistry devices) {
        var staff = new DaoAuthenticationProvider(staffUsers);
        // BCrypt once per user and password for a few minutes, not on every Basic-authenticated request.
        staff.setPasswordEncoder(new VerifiedPasswordCache(passwordEncoder));
        // Not a bean on its own: Spring would otherwise also wire it into a second, global manager.
        return new ProviderManager(staff, new DeviceTokenAuthenticationProvider(devices));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        var problems = new ProblemResponses();
        var bearer = new DeviceTokenFilter(authenticationManager, problems);
        http.securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies, no session: nothing for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(ApiAccessRules::apply);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browserFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        http.authenticationManager(authenticationManager)
                // Vaadin adds its own CSRF token on top; the STOMP handshake carries none and needs none.
                .csrf(csrf -> csrf.ignoringRequestMatchers(STOMP_ENDPOINTS))
                .authorizeHttpRequests(rules -> rules.requestMatchers(STOMP_ENDPOINTS)
                        .permitAll()
                        .requestMatchers("/login", "/error", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(withDefaults())
                .logout(withDefaults());
        return http.build();
    }
}
