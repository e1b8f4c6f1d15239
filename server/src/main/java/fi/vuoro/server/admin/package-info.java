/**
 * Facility administration: Vaadin views under {@code admin/…} (role ADMIN) for sites and opening hours, services,
 * counters and work profiles, staff users, kiosks and displays, and the ticket layout, with the plain application
 * services behind them ({@link fi.vuoro.server.admin.SiteAdministration}, {@link
 * fi.vuoro.server.admin.StaffAdministration}, {@link fi.vuoro.server.admin.DeviceAdministration}, {@link
 * fi.vuoro.server.admin.TicketLayouts}). Every change is validated, saved, published as {@link
 * fi.vuoro.server.site.SiteConfigurationChanged} where clients show it, and recorded as an {@link
 * fi.vuoro.server.admin.AdminActionPerformed} event for the audit log. See docs/admin.md.
 */
package fi.vuoro.server.admin;
