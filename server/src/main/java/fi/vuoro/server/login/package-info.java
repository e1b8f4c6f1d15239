/**
 * The browser's way in and out: the {@link fi.vuoro.server.login.LoginView} at {@code /login} (fi/sv/en), the
 * role-based landing page at {@code /} ({@link fi.vuoro.server.login.LandingView}) and a sign-out button for staff
 * views. The filter chain that uses them is in the security package.
 */
package fi.vuoro.server.login;
