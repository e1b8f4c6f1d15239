/**
 * Live updates over STOMP on WebSocket ({@code /ws}): per-site queue deltas with sequence numbers, a calls topic
 * for displays, a per-device command channel, and the client-side {@link fi.vuoro.server.messaging.QueueMirror}
 * that turns snapshot + deltas into the true queue state.
 *
 * <p>The queue engine never imports this package: {@link fi.vuoro.server.messaging.QueueEventBroadcaster} listens to
 * its {@link fi.vuoro.server.queue.QueueEvent}s after commit. Destinations are dot-separated so that the same names
 * work on the in-process broker and through a RabbitMQ STOMP relay. Calls reach displays through
 * {@link fi.vuoro.server.messaging.TopicFanout}, which encodes a frame once for every subscriber on the in-process
 * broker. Protocol: {@code docs/messaging.md}.
 */
package fi.vuoro.server.messaging;
