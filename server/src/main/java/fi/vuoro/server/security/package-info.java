/**
 * Who may do what: staff users (HTTP Basic, form login) with {@link fi.vuoro.server.security.Role}s, and kiosk or
 * display devices holding bearer tokens ({@link fi.vuoro.server.security.DevicePrincipal}).
 *
 * <p>Public API at this package's root: the principal and role types, {@link
 * fi.vuoro.server.security.CredentialsAuthenticator} (used by the STOMP CONNECT interceptor), {@link
 * fi.vuoro.server.security.StaffUsers} and {@link fi.vuoro.server.security.DeviceRegistry} for seeding and admin
 * screens. The HTTP authorisation rules live in one place, {@link fi.vuoro.server.security.ApiAccessRules}. Only
 * hashes of passwords and device tokens are stored.
 */
package fi.vuoro.server.security;
