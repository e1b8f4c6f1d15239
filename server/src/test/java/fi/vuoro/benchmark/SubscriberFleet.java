package fi.vuoro.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N real STOMP 1.2 clients over WebSocket (RFC 6455) and TCP, subscribed to a site's calls topic, recording when each
 * call reaches each of them (nanoTime of the same JVM that made the call, so no clock skew).
 *
 * <p>Deliberately lean: plain blocking handshakes, then one selector thread reads every connection and parses the
 * frames itself. The subscribers share the two cores with the server they measure (real displays run on machines of
 * their own), so each delivery should cost the client a few microseconds, not the tens a general-purpose client
 * library spends on futures, message objects and converters; with those, the client, not the server, set the
 * 5,000-subscriber latency. The server sees exactly what a display sends: an HTTP upgrade with the STOMP
 * subprotocol, CONNECT with the device's bearer token, SUBSCRIBE; tests use Spring's STOMP client.
 */
final class SubscriberFleet implements AutoCloseable {

    private final List<Subscriber> subscribers = new ArrayList<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Double> latenciesMillis = new ConcurrentLinkedQueue<>();
    // Written by the reader thread only, before it counts the delivery in {@link #received}.
    private double[] fromServerMillis = new double[1 << 16];
    private int fromServerCount;
    // All subscribers of one call see the same time stamp: parsed once per call, not once per delivery.
    private String lastCalledAt;
    private long lastCalledAtNanos;
    private final ConcurrentLinkedQueue<Arrival> early = new ConcurrentLinkedQueue<>();
    final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger unexpectedFrames = new AtomicInteger();
    private Selector selector;
    private Thread reader;
    private volatile boolean closing;

    /** Connects and subscribes {@code count} clients (16 handshakes at a time), then starts reading. */
    void connect(int port, String site, String bearerToken, int count) throws Exception {
        var failures = new AtomicInteger();
        var firstFailure = new java.util.concurrent.atomic.AtomicReference<Exception>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < count; i++) {
                int n = i;
                pool.submit(() -> {
                    try {
                        var s = Subscriber.open(port, site, bearerToken, "sub-" + n);
                        synchronized (subscribers) {
                            subscribers.add(s);
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    }
                });
            }
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(
                    failures.get() + " of " + count + " STOMP connections failed", firstFailure.get());
        }
        selector = Selector.open();
        for (var s : subscribers) {
            s.channel.configureBlocking(false);
            s.channel.register(selector, SelectionKey.OP_READ, s);
        }
        reader = Thread.ofPlatform().name("bench-fleet-reader").start(this::readLoop);
        // SUBSCRIBE frames are handled asynchronously by the server; give the broker a moment to register them.
        Thread.sleep(Math.max(500, count / 5));
    }

    /**
     * Registers when the call for {@code number} was sent. Arrivals that beat the registration (the broker can be
     * faster than the HTTP response) are matched from the pending list.
     */
    void markSentAt(String number, long nanoTime) {
        sentAt.put(number, nanoTime);
        for (var arrival : early) {
            // Whoever removes an early arrival records it, so a race with the reading thread counts it once.
            if (arrival.number().equals(number) && early.remove(arrival)) {
                latenciesMillis.add((arrival.nanoTime() - nanoTime) / 1e6);
            }
        }
    }

    double[] latenciesMillis() {
        return latenciesMillis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Per delivery: from the call's time stamp on the server ({@code calledAt}, taken inside the calling transaction,
     * before its commit) to receipt, on the wall clock both processes share on this machine. Leaves out the HTTP
     * round trip of the call and the time the client needs to send it.
     */
    double[] fromServerMillis() {
        received.get(); // the reader thread counts a delivery after recording it
        return java.util.Arrays.copyOf(fromServerMillis, fromServerCount);
    }

    /** Frames that were neither a MESSAGE nor a heartbeat (an ERROR, say): printed by the benchmark. */
    int unexpectedFrames() {
        return unexpectedFrames.get();
    }

    private void readLoop() {
        try {
            while (!closing) {
                selector.select(200);
                var keys = selector.selectedKeys();
                for (var key : keys) {
                    var s = (Subscriber) key.attachment();
                    try {
                        s.readFrames(this::onStompFrame);
                    } catch (IOException e) {
                        key.cancel();
                        if (!closing) unexpectedFrames.incrementAndGet();
                    }
                }
                keys.clear();
            }
        } catch (IOException e) {
            if (!closing) throw new java.io.UncheckedIOException(e);
        }
    }

    private void onStompFrame(String frame) {
        long now = System.nanoTime();
        if (frame.isBlank()) return; // heartbeat
        if (!frame.startsWith("MESSAGE")) {
            unexpectedFrames.incrementAndGet();
            return;
        }
        var wallClock = Instant.now();
        String calledAt = jsonString(frame, CALLED_AT);
        if (calledAt != null) {
            if (!calledAt.equals(lastCalledAt)) {
                var stamp = Instant.parse(calledAt);
                lastCalledAt = calledAt;
                lastCalledAtNanos = stamp.getEpochSecond() * 1_000_000_000L + stamp.getNano();
            }
            long wallNanos = wallClock.getEpochSecond() * 1_000_000_000L + wallClock.getNano();
            if (fromServerCount == fromServerMillis.length) {
                fromServerMillis = java.util.Arrays.copyOf(fromServerMillis, fromServerCount * 2);
            }
            fromServerMillis[fromServerCount++] = (wallNanos - lastCalledAtNanos) / 1e6;
        }
        String number = jsonString(frame, NUMBER);
        if (number != null) {
            var sent = sentAt.get(number);
            if (sent != null) {
                latenciesMillis.add((now - sent) / 1e6);
            } else {
                var arrival = new Arrival(number, now);
                early.add(arrival);
                var registered = sentAt.get(number);
                if (registered != null && early.remove(arrival)) {
                    latenciesMillis.add((now - registered) / 1e6);
                }
            }
        }
        received.incrementAndGet();
    }

    private static final String CALLED_AT = "\"calledAt\"";
    private static final String NUMBER = "\"number\"";

    /** The string value of {@code "field":"value"} in the frame's JSON body, field given with its quotes. */
    static String jsonString(String frame, String quotedField) {
        int at = frame.indexOf(quotedField);
        if (at < 0) return null;
        int start = frame.indexOf('"', frame.indexOf(':', at) + 1);
        int end = start < 0 ? -1 : frame.indexOf('"', start + 1);
        return end < 0 ? null : frame.substring(start + 1, end);
    }

    @Override
    public void close() {
        closing = true;
        for (var s : subscribers) {
            try {
                s.channel.configureBlocking(false);
            } catch (IOException | RuntimeException ignored) {
                // closing anyway
            }
            try {
                s.channel.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        if (selector != null) {
            selector.wakeup();
            try {
                reader.join(2_000);
                selector.close();
            } catch (IOException | InterruptedException ignored) {
                // closing anyway
            }
        }
    }

    private record Arrival(String number, long nanoTime) {}

    /** One STOMP-over-WebSocket connection: blocking handshake, then non-blocking frame reads. */
    private static final class Subscriber {
        private static final SecureRandom RANDOM = new SecureRandom();

        final SocketChannel channel;
        private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        private final java.io.ByteArrayOutputStream message = new java.io.ByteArrayOutputStream();

        private Subscriber(SocketChannel channel) {
            this.channel = channel;
        }

        static Subscriber open(int port, String site, String bearerToken, String subscriptionId) throws IOException {
            var channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.socket().setTcpNoDelay(true);
            var s = new Subscriber(channel);
            byte[] nonce = new byte[16];
            RANDOM.nextBytes(nonce);
            s.writeAll(ByteBuffer.wrap(("GET /ws HTTP/1.1\r\n"
                            + "Host: 127.0.0.1:" + port + "\r\n"
                            + "Upgrade: websocket\r\n"
                            + "Connection: Upgrade\r\n"
                            + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                            + "Sec-WebSocket-Version: 13\r\n"
                            + "Sec-WebSocket-Protocol: v12.stomp\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            String response = s.readHttpHead();
            if (!response.startsWith("HTTP/1.1 101")) {
                channel.close();
                throw new IOException("WebSocket upgrade refused: "
                        + response.lines().findFirst().orElse(""));
            }
            s.sendText("CONNECT\naccept-version:1.2\nhost:127.0.0.1\nheart-beat:0,0\nAuthorization:" + bearerToken
                    + "\n\n\0");
            var connected = new ArrayList<String>();
            while (connected.isEmpty()) {
                s.readBlocking();
                s.readFrames(connected::add);
            }
            if (!connected.getFirst().startsWith("CONNECTED")) {
                channel.close();
                throw new IOException("STOMP CONNECT refused: "
                        + connected.getFirst().lines().findFirst().orElse(""));
            }
            s.sendText("SUBSCRIBE\nid:" + subscriptionId + "\ndestination:/topic/site." + site + ".calls\n\n\0");
            return s;
        }

        private String readHttpHead() throws IOException {
            while (true) {
                readBlocking();
                var text = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0) {
                    // Keep whatever followed the head (a first frame) for the frame reader.
                    byte[] rest = java.util.Arrays.copyOfRange(in.array(), end + 4, in.position());
                    in.clear();
                    in.put(rest);
                    return text.substring(0, end);
                }
            }
        }

        private void readBlocking() throws IOException {
            if (!in.hasRemaining()) grow();
            if (channel.read(in) < 0) throw new IOException("closed by the server");
        }

        /** Reads what is available and hands every complete STOMP frame (a WebSocket text message) on. */
        void readFrames(java.util.function.Consumer<String> frames) throws IOException {
            if (!channel.isBlocking()) {
                int n;
                while ((n = channel.read(in)) > 0) {
                    if (!in.hasRemaining()) grow();
                }
                if (n < 0) throw new IOException("closed by the server");
            }
            in.flip();
            while (in.remaining() >= 2) {
                int start = in.position();
                int b0 = in.get() & 0xff;
                int b1 = in.get() & 0xff;
                long length = b1 & 0x7f;
                if (length == 126) {
                    if (in.remaining() < 2) {
                        in.position(start);
                        break;
                    }
                    length = in.getShort() & 0xffff;
                } else if (length == 127) {
                    if (in.remaining() < 8) {
                        in.position(start);
                        break;
                    }
                    length = in.getLong();
                }
                if (in.remaining() < length) {
                    in.position(start);
                    break;
                }
                byte[] payload = new byte[(int) length];
                in.get(payload);
                int opcode = b0 & 0x0f;
                if (opcode == 0x9) {
                    sendFrame(0xA, payload); // pong
                } else if (opcode == 0x8) {
                    throw new IOException("closed by the server");
                } else if (opcode == 0x1 || opcode == 0x0) {
                    message.write(payload, 0, payload.length);
                    if ((b0 & 0x80) != 0) {
                        var text = message.toString(StandardCharsets.UTF_8);
                        message.reset();
                        frames.accept(text);
                    }
                }
            }
            in.compact();
        }

        private void grow() {
            var bigger = ByteBuffer.allocate(in.capacity() * 2);
            in.flip();
            bigger.put(in);
            in = bigger;
        }

        void sendText(String text) throws IOException {
            sendFrame(0x1, text.getBytes(StandardCharsets.UTF_8));
        }

        /** A masked, unfragmented frame, as a client must send (RFC 6455 section 5.3). */
        private void sendFrame(int opcode, byte[] payload) throws IOException {
            var frame = ByteBuffer.allocate(payload.length + 14);
            frame.put((byte) (0x80 | opcode));
            if (payload.length < 126) {
                frame.put((byte) (0x80 | payload.length));
            } else {
                frame.put((byte) (0x80 | 126));
                frame.putShort((short) payload.length);
            }
            byte[] mask = new byte[4];
            RANDOM.nextBytes(mask);
            frame.put(mask);
            for (int i = 0; i < payload.length; i++) frame.put((byte) (payload[i] ^ mask[i & 3]));
            frame.flip();
            writeAll(frame);
        }

        private void writeAll(ByteBuffer buffer) throws IOException {
            synchronized (channel) {
                while (buffer.hasRemaining()) {
                    if (channel.write(buffer) == 0) Thread.onSpinWait();
                }
            }
        }
    }
}
