package fi.vuoro.hardware.reader;

import fi.vuoro.hardware.serial.LinkState;
import fi.vuoro.hardware.serial.SerialLink;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card reader or scanner on a serial line: feeds the link's bytes to a decoder and hands {@link CardRead}s and
 * {@link ScanRead}s to a listener on the link's reader thread. Garbage, decoder bugs and listener exceptions are
 * logged or counted, never fatal: the reader keeps reading.
 *
 * <p>Scanners that end codes by silence alone need a clock tick; for those a small daemon thread polls the decoder
 * every {@value #TICK_MS} ms and delivers from that thread.
 */
public final class CardReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CardReader.class);
    static final long TICK_MS = 20;

    private final SerialLink link;
    private final FrameDecoder decoder;
    private final CardNumberHasher hasher;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private volatile CardReaderListener listener;
    private volatile ClearCardNumberListener clearListener;
    private ScheduledExecutorService ticker;

    public CardReader(SerialLink link, FrameDecoder decoder, CardNumberHasher hasher, Clock clock) {
        this(link, decoder, hasher, clock, System::nanoTime);
    }

    CardReader(SerialLink link, FrameDecoder decoder, CardNumberHasher hasher, Clock clock, LongSupplier nanoTime) {
        this.link = Objects.requireNonNull(link, "link");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Opens the link and starts delivering reads. Call once. */
    public synchronized void start(CardReaderListener listener) {
        if (this.listener != null) throw new IllegalStateException(link.name() + ": reader already started");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (decoder.endsFramesOnSilence()) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                var thread = new Thread(r, "vuoro-reader-tick-" + link.name());
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        }
        link.open(new SerialLink.Listener() {
            @Override
            public void bytesReceived(byte[] bytes) {
                onBytes(bytes);
            }

            @Override
            public void stateChanged(LinkState state, String detail) {
                try {
                    listener.linkStateChanged(state, detail);
                } catch (RuntimeException e) {
                    log.warn("{}: listener failed on link state {}", link.name(), state, e);
                }
            }
        });
    }

    /**
     * Also hands every card's clear number to {@code trusted}. Separate from {@link #start} on purpose, so code
     * that sees clear numbers is registered explicitly and easy to audit.
     */
    public void trustWithClearNumbers(ClearCardNumberListener trusted) {
        this.clearListener = Objects.requireNonNull(trusted, "trusted");
    }

    public LinkState linkState() {
        return link.state();
    }

    public ReaderCounters counters() {
        return decoder.counters();
    }

    public ReaderKind kind() {
        return decoder.kind();
    }

    public String name() {
        return link.name();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) ticker.shutdownNow();
        link.close();
    }

    private void onBytes(byte[] bytes) {
        List<DecodedFrame> frames;
        try {
            synchronized (decoder) {
                frames = decoder.feed(bytes, nanoTime.getAsLong());
            }
        } catch (RuntimeException e) {
            // A decoder bug must not end the link's loop; log without frame contents (they may hold a PAN).
            log.error("{}: decoder failed on a {}-byte chunk; dropped", link.name(), bytes.length, e);
            return;
        }
        deliver(frames);
    }

    private void tick() {
        try {
            List<DecodedFrame> frames;
            synchronized (decoder) {
                frames = decoder.poll(nanoTime.getAsLong());
            }
            deliver(frames);
        } catch (RuntimeException e) {
            log.error("{}: decoder poll failed", link.name(), e);
        }
    }

    private void deliver(List<DecodedFrame> frames) {
        for (var frame : frames) {
            var now = Instant.now(clock);
            try {
                switch (frame) {
                    case DecodedFrame.DecodedCard card -> deliverCard(card, now);
                    case DecodedFrame.DecodedScan scan -> listener.scanned(new ScanRead(scan.payload(), now));
                }
            } catch (RuntimeException e) {
                log.warn("{}: listener failed on a {} read; continuing", link.name(), decoder.kind(), e);
            }
        }
    }

    private void deliverCard(DecodedFrame.DecodedCard card, Instant now) {
        var read = new CardRead(card.kind(), hasher.hash(card.clearNumber()), CardRead.mask(card.clearNumber()), now);
        try {
            listener.cardRead(read);
        } finally {
            var trusted = clearListener;
            if (trusted != null) trusted.clearCardNumber(read, card.clearNumber());
        }
    }
}
