/**
 * The kiosk's three languages. Every visible string lives in {@code messages_fi/sv/en.properties}; a test keeps
 * the bundles' keys identical so no screen falls back to a key name in front of a visitor.
 */
package fi.vuoro.kiosk.i18n;
