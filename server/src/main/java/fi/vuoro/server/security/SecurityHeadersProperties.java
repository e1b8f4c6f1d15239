package fi.vuoro.server.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Response headers of the browser pages ({@code vuoro.security.headers.*}).
 *
 * @param contentSecurityPolicy the CSP. Vaadin Flow needs {@code 'unsafe-inline'} (its bootstrap script) and {@code
 *     'unsafe-eval'} ({@code executeJs} runs through {@code new Function}); inline styles come from Lumo. Tested in
 *     Chromium by {@code SecurityHeadersBrowserTest}: no violation while the views run.
 * @param permissionsPolicy browser features the staff pages never use
 * @param hsts send {@code Strict-Transport-Security} (only meaningful, and only sent by Spring, over HTTPS)
 */
@ConfigurationProperties("vuoro.security.headers")
public record SecurityHeadersProperties(
        @DefaultValue("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
                + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
                + " connect-src 'self'; media-src 'self' data: blob:; worker-src 'self' blob:;"
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'")
        String contentSecurityPolicy,

        @DefaultValue("camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()")
        String permissionsPolicy,

        @DefaultValue("true") boolean hsts) {}
