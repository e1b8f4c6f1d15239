package fi.vuoro.server.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web API limits ({@code vuoro.api.*}).
 *
 * @param maxBodyBytes larger request bodies under {@code /api/} are refused with 413 before they are parsed
 */
@ConfigurationProperties("vuoro.api")
public record ApiProperties(@DefaultValue("16384") long maxBodyBytes) {}
