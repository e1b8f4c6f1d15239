/**
 * Sites and what they offer: services (visit reasons, named in fi/sv/en, with ticket prefix, target wait, typical
 * service time, opening hours and guidance text), counters and their work profiles.
 *
 * <p>{@link fi.vuoro.server.site.SiteDirectory} is the read and update API other features use; the queue engine
 * reads it inside its own transactions, so it is plain JDBC with no caching (several nodes may share the database).
 */
package fi.vuoro.server.site;
