/**
 * The audit log: every staff and admin action (queue actions, logins and failed logins, logouts, admin changes,
 * device pairing and revocation, retention runs) with who, what, when and which visit/ticket. Filled by listeners
 * ({@link fi.vuoro.server.audit.AuditListeners}), read in the admin view {@code admin/audit} and exported as CSV
 * ({@code GET /api/v1/audit}). Other features record through {@link fi.vuoro.server.audit.AuditLog#record}.
 */
package fi.vuoro.server.audit;
