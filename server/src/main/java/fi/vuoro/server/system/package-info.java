/**
 * Cross-cutting web and runtime plumbing: the {@link java.time.Clock} bean every feature injects, scheduling, RFC 9457
 * problem details for every API error, the request body size limit, and housekeeping of the embedded H2 file.
 */
package fi.vuoro.server.system;
