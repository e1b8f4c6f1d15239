package fi.vuoro.server.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * First-start administrator ({@code vuoro.bootstrap.*}). Used only while no enabled admin exists.
 *
 * @param adminUsername name of the first administrator
 * @param adminPassword its password, e.g. from {@code VUORO_ADMIN_PASSWORD}; empty means "ask on the console"
 */
@ConfigurationProperties("vuoro.bootstrap")
public record BootstrapProperties(@DefaultValue("admin") String adminUsername, String adminPassword) {

    /** Shorter passwords are refused: this account can change everything. */
    public static final int MIN_PASSWORD_LENGTH = DefaultPasswordPolicy.MIN_LENGTH;
}
