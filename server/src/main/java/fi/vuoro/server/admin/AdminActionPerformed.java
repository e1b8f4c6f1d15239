package fi.vuoro.server.admin;

/** Published after every admin action (create/change/remove, pairing, revocation...); the audit log records it. */
public record AdminActionPerformed(String actor, String action, String target, String details, java.time.Instant at) {}
