package fi.vuoro.server.admin;

import java.time.Instant;

/**
 * An admin changed something: who, what ({@code SERVICE_SAVED}, {@code DEVICE_REVOKED}…), on what, and a short
 * description without secrets. The audit log listens to these.
 */
public record AdminActionPerformed(String actor, String action, String target, String details, Instant at) {}
