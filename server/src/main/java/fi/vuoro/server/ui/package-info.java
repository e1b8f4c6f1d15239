/**
 * Shared pieces of the staff-facing Vaadin views: the app shell (Lumo, plain CSS, server push), translations for
 * fi/sv/en, and the {@link fi.vuoro.server.ui.ScreenBroadcaster} that fans the queue engine's after-commit events
 * out to attached screens. Feature views (counter, display, reception, mobile ticket) live in their own packages.
 */
package fi.vuoro.server.ui;
