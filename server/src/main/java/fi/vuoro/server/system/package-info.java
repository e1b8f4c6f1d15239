/**
 * Cross-cutting web and runtime plumbing: the {@link java.time.Clock} bean every feature injects, scheduling, RFC 9457
 * problem details for every API error, and the request body size limit.
 */
package fi.vuoro.server.system;
