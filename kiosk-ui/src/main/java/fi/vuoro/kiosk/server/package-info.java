/**
 * The kiosk's side of the server: {@link fi.vuoro.kiosk.server.QueueGateway} is all the views know. The real
 * implementation speaks the server's REST API and STOMP endpoint with the kiosk's device token; the in-memory one
 * serves the standalone demo and view tests. Message parsing and live-wait bookkeeping are pure classes so their
 * rules (sequence gaps, malformed frames) are unit-tested without a network.
 */
package fi.vuoro.kiosk.server;
