/**
 * Kiosk offline issuing (journey 8, {@code docs/device-channel.md} "Offline number blocks"): kiosks lease runs of
 * numbers while online and, after an outage, import the tickets they issued from them. A lease takes its numbers
 * from the service's daily counter through {@link fi.vuoro.server.queue.OfflineIssuing}, so no online ticket can get
 * them; an import checks that the number lies in the calling device's block of today and is not yet used, then
 * places the ticket in the queue by its issue time. Imports are idempotent per device and key.
 */
package fi.vuoro.server.offline;
