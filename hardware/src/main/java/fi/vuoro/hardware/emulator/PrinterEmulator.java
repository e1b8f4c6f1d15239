package fi.vuoro.hardware.emulator;

import fi.vuoro.hardware.serial.LinkState;
import fi.vuoro.hardware.serial.SerialLink;
import fi.vuoro.hardware.ticket.PaperWidth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer on the device end of a {@link SerialLink}. Answers {@code DLE EOT} and, once enabled
 * with {@code GS a}, automatic status back from a settable {@link DeviceState}; collects cut tickets (the newest
 * {@code maxTickets}) for tests, demos and the diagnostics tool.
 *
 * <p>Thread-safe: bytes arrive on the link's thread, state changes and queries come from anywhere.
 */
public final class PrinterEmulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PrinterEmulator.class);

    private final PaperWidth paperWidth;
    private final int maxTickets;
    private final EscPosStreamParser parser = new EscPosStreamParser();
    private final TicketAssembler assembler;
    private final ArrayDeque<EmulatedTicket> tickets = new ArrayDeque<>();
    private final List<Consumer<EmulatedTicket>> ticketListeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private volatile SerialLink link;
    private volatile DeviceState state = DeviceState.healthy();
    private volatile boolean asbEnabled;
    private long ticketsPrinted;
    private long ticketsDiscarded;
    private long bytesReceived;
    private long statusRequests;

    public PrinterEmulator(PaperWidth paperWidth, Clock clock) {
        this(paperWidth, clock, 200);
    }

    public PrinterEmulator(PaperWidth paperWidth, Clock clock, int maxTickets) {
        this.paperWidth = paperWidth;
        this.maxTickets = maxTickets;
        this.assembler = new TicketAssembler(paperWidth, clock);
    }

    /** Opens the device end of a link and starts answering on it. */
    public void attach(SerialLink deviceEnd) {
        this.link = deviceEnd;
        deviceEnd.open(new SerialLink.Listener() {
            @Override
            public void bytesReceived(byte[] bytes) {
                receive(bytes);
            }

            @Override
            public void stateChanged(LinkState linkState, String detail) {
                if (linkState == LinkState.UP) {
                    synchronized (lock) {
                        parser.reset();
                    }
                }
            }
        });
    }

    /** Processes bytes as if they came down the cable; any replies go back over the attached link. */
    public void receive(byte[] bytes) {
        var replies = new ByteArrayOutputStream();
        var completed = new ArrayList<EmulatedTicket>();
        synchronized (lock) {
            bytesReceived += bytes.length;
            DeviceState current = state;
            if (current.silent()) return; // switched off: hears nothing, says nothing
            for (EscPosCommand command : parser.feed(bytes)) {
                switch (command) {
                    case EscPosCommand.StatusRequest r -> {
                        statusRequests++;
                        replies.write(current.realtimeReply(r.n()));
                    }
                    case EscPosCommand.AutomaticStatusBack a -> {
                        asbEnabled = a.mask() != 0;
                        if (asbEnabled) replies.writeBytes(current.asbFrame());
                    }
                    default ->
                        assembler.apply(command).ifPresent(ticket -> {
                            if (current.canPrint()) {
                                keep(ticket);
                                completed.add(ticket);
                            } else {
                                ticketsDiscarded++;
                            }
                        });
                }
            }
            lock.notifyAll();
        }
        send(replies.toByteArray());
        for (var ticket : completed) {
            for (var listener : ticketListeners) {
                try {
                    listener.accept(ticket);
                } catch (RuntimeException e) {
                    log.warn("ticket listener failed", e);
                }
            }
        }
    }

    private void keep(EmulatedTicket ticket) {
        tickets.addLast(ticket);
        ticketsPrinted++;
        while (tickets.size() > maxTickets) tickets.removeFirst();
    }

    public DeviceState state() {
        return state;
    }

    /** Changes the condition; with ASB on, the printer reports the change at once. */
    public void setState(DeviceState next) {
        DeviceState previous = state;
        state = next;
        if (asbEnabled && !next.silent() && !next.equals(previous)) send(next.asbFrame());
    }

    public void paperOut(boolean out) {
        var s = state;
        setState(new DeviceState(s.paperNearEnd(), out, s.coverOpen(), s.silent()));
    }

    public void paperNearEnd(boolean nearEnd) {
        var s = state;
        setState(new DeviceState(nearEnd, s.paperOut(), s.coverOpen(), s.silent()));
    }

    public void coverOpen(boolean open) {
        var s = state;
        setState(new DeviceState(s.paperNearEnd(), s.paperOut(), open, s.silent()));
    }

    /** Offline in the sense of "no answer": switched off or hung. */
    public void silent(boolean silent) {
        var s = state;
        setState(new DeviceState(s.paperNearEnd(), s.paperOut(), s.coverOpen(), silent));
    }

    public List<EmulatedTicket> tickets() {
        synchronized (lock) {
            return List.copyOf(tickets);
        }
    }

    public Optional<EmulatedTicket> lastTicket() {
        synchronized (lock) {
            return Optional.ofNullable(tickets.peekLast());
        }
    }

    /** Waits until {@code count} tickets have printed in all, or the time-out; returns the kept tickets. */
    public List<EmulatedTicket> awaitTickets(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (ticketsPrinted < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(tickets);
        }
    }

    /** Called on the link's thread after each printed ticket. */
    public void onTicket(Consumer<EmulatedTicket> listener) {
        ticketListeners.add(listener);
    }

    /** Writes {@code ticket-NNNN.png} and {@code .txt} for each kept ticket; returns the PNG paths. */
    public List<Path> saveAll(Path directory) throws IOException {
        var paths = new ArrayList<Path>();
        for (var ticket : tickets()) paths.add(save(ticket, directory));
        return paths;
    }

    public static Path save(EmulatedTicket ticket, Path directory) throws IOException {
        Files.createDirectories(directory);
        String base = "ticket-%04d".formatted(ticket.sequence());
        Path png = directory.resolve(base + ".png");
        Files.write(png, new TicketPngRenderer().png(ticket));
        Files.writeString(directory.resolve(base + ".txt"), ticket.plainText(), StandardCharsets.UTF_8);
        return png;
    }

    public PaperWidth paperWidth() {
        return paperWidth;
    }

    public EmulatorCounters counters() {
        synchronized (lock) {
            return new EmulatorCounters(
                    bytesReceived,
                    parser.unknownBytes(),
                    statusRequests,
                    ticketsPrinted,
                    ticketsDiscarded,
                    assembler.droppedElements(),
                    parser.pendingBytes());
        }
    }

    @Override
    public void close() {
        var current = link;
        if (current != null) current.close();
    }

    private void send(byte[] bytes) {
        var current = link;
        if (bytes.length == 0 || current == null || current.state() != LinkState.UP) return;
        try {
            current.write(bytes);
        } catch (IOException e) {
            log.debug("emulator reply lost: {}", e.getMessage());
        }
    }
}
