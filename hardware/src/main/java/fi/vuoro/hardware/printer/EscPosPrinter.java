package fi.vuoro.hardware.printer;

import fi.vuoro.hardware.escpos.EscPosEncoder;
import fi.vuoro.hardware.escpos.PrinterCondition;
import fi.vuoro.hardware.escpos.PrinterStatus;
import fi.vuoro.hardware.serial.LinkState;
import fi.vuoro.hardware.serial.SerialLink;
import fi.vuoro.hardware.ticket.EncodedTicket;
import fi.vuoro.hardware.ticket.EscPosTicketEncoder;
import fi.vuoro.hardware.ticket.TicketLayout;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ESC/POS printer driver over a {@link SerialLink}.
 *
 * <p>One worker thread runs everything that writes: initialisation, status polls and print jobs, so jobs are
 * serialised and a poll never interleaves with a ticket. The link's reader thread only feeds the {@link
 * StatusChannel}; real-time replies go through a queue to whoever asked, ASB frames update the status directly.
 *
 * <p>A job checks status before sending (so a ticket is not sent into a printer without paper) and after (to
 * catch paper running out mid-ticket). A write that breaks off fails the job with LINK_DOWN; it is never retried,
 * because a printer may already have printed half of it.
 */
public final class EscPosPrinter implements ReceiptPrinter {

    private static final Logger log = LoggerFactory.getLogger(EscPosPrinter.class);

    /** ASB for online/offline, errors and paper sensor; drawer changes are of no interest at a kiosk. */
    private static final int ASB_MASK = 0x02 | 0x04 | 0x08;

    private static final byte[] STATUS_REQUEST =
            concat(EscPosEncoder.statusRequest(1), EscPosEncoder.statusRequest(2), EscPosEncoder.statusRequest(4));

    private final SerialLink link;
    private final PrinterSettings settings;
    private final Clock clock;
    private final EscPosTicketEncoder encoder;
    private final ScheduledExecutorService worker;
    private final StatusChannel statusChannel = new StatusChannel();
    private final List<Consumer<PrinterStatusChanged>> listeners = new CopyOnWriteArrayList<>();
    private final Object statusLock = new Object();
    private volatile PrinterStatus status = PrinterStatus.unknown();
    private volatile boolean closed;
    /** Whether the last status request was answered; only the worker thread touches it. */
    private boolean answering;

    public EscPosPrinter(SerialLink link, PrinterSettings settings, Clock clock) {
        this.link = link;
        this.settings = settings;
        this.clock = clock;
        this.encoder = new EscPosTicketEncoder(settings.storedLogoKey());
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "printer " + link.name());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void start() {
        link.open(new LinkListener());
        long poll = settings.pollInterval().toMillis();
        worker.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<PrintResult> print(TicketLayout ticket) {
        var result = new CompletableFuture<PrintResult>();
        try {
            worker.execute(() -> result.complete(runJob(ticket)));
        } catch (RejectedExecutionException e) {
            result.complete(PrintResult.failed(FailureReason.CLOSED, "printer driver closed"));
        }
        return result;
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    @Override
    public void addStatusListener(Consumer<PrinterStatusChanged> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeStatusListener(Consumer<PrinterStatusChanged> listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(2, TimeUnit.SECONDS)) worker.shutdownNow();
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        link.close();
    }

    private PrintResult runJob(TicketLayout ticket) {
        if (closed) return PrintResult.failed(FailureReason.CLOSED, "printer driver closed");
        EncodedTicket encoded;
        try {
            encoded = encoder.encode(ticket);
        } catch (IllegalArgumentException e) {
            return PrintResult.failed(FailureReason.ENCODING, e.getMessage());
        }
        if (settings.rejectUnprintable() && !encoded.report().isClean()) {
            return PrintResult.failed(FailureReason.ENCODING, encoded.report().summary(), 0, encoded.report());
        }
        if (link.state() != LinkState.UP) {
            return PrintResult.failed(
                    FailureReason.LINK_DOWN, link.name() + " is " + link.state(), 0, encoded.report());
        }
        try {
            Optional<PrinterStatus> before = queryStatus();
            if (before.isEmpty()) answering = false; // re-initialise when it answers again
            if (before.isEmpty() || !before.get().canPrint()) {
                PrinterStatus s = before.orElse(PrinterStatus.unknown());
                updateStatus(s);
                return PrintResult.failed(reasonFor(s), "not sent: printer is " + s, 0, encoded.report());
            }
            try {
                link.write(withAsb(encoded.bytes()));
            } catch (IOException e) {
                updateStatus(PrinterStatus.of(PrinterCondition.OFFLINE));
                return PrintResult.failed(
                        FailureReason.LINK_DOWN,
                        "write failed, part of the ticket may have printed: " + e.getMessage(),
                        encoded.bytes().length,
                        encoded.report());
            }
            Optional<PrinterStatus> after = queryStatus();
            PrinterStatus s = after.orElse(PrinterStatus.unknown());
            updateStatus(s);
            if (after.isEmpty() || s.has(PrinterCondition.PAPER_OUT) || s.has(PrinterCondition.COVER_OPEN)) {
                return PrintResult.failed(
                        reasonFor(s),
                        "sent, but afterwards the printer is " + s + "; the ticket may be incomplete",
                        encoded.bytes().length,
                        encoded.report());
            }
            return PrintResult.printed(encoded.bytes().length, encoded.report());
        } catch (IOException e) {
            updateStatus(PrinterStatus.of(PrinterCondition.OFFLINE));
            return PrintResult.failed(FailureReason.LINK_DOWN, e.getMessage(), 0, encoded.report());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PrintResult.failed(FailureReason.CLOSED, "interrupted", 0, encoded.report());
        }
    }

    private static FailureReason reasonFor(PrinterStatus s) {
        return switch (s.blocker().orElse(PrinterCondition.UNKNOWN)) {
            case COVER_OPEN -> FailureReason.COVER_OPEN;
            case PAPER_OUT -> FailureReason.PAPER_OUT;
            case OFFLINE -> FailureReason.OFFLINE;
            default -> FailureReason.NO_RESPONSE;
        };
    }

    /** Runs on the worker only, so queries never overlap. */
    private Optional<PrinterStatus> queryStatus() throws IOException, InterruptedException {
        return statusChannel.query(link, settings.statusTimeout());
    }

    private void poll() {
        if (closed || link.state() != LinkState.UP) return;
        try {
            Optional<PrinterStatus> reply = queryStatus();
            if (reply.isPresent() && !answering) {
                // It answers again after silence: power-cycled, or its end of the cable was not open when we
                // initialised. Either way it lost ASB and the code page, so initialise once more.
                answering = true;
                writeInit();
            }
            answering = reply.isPresent();
            updateStatus(reply.orElse(PrinterStatus.unknown()));
        } catch (IOException e) {
            log.debug("status poll on {} failed: {}", link.name(), e.getMessage());
            answering = false;
            updateStatus(PrinterStatus.of(PrinterCondition.OFFLINE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The scheduler would silently stop polling if this escaped.
            log.warn("status poll on {} failed", link.name(), e);
        }
    }

    /** On every (re)connect: reset the printer, select ASB, then learn its status. */
    private void initialise() {
        if (closed || link.state() != LinkState.UP) return;
        try {
            writeInit();
            answering = true; // so the poll below does not initialise twice
            log.info("printer on {} initialised", link.name());
        } catch (IOException e) {
            log.warn("cannot initialise printer on {}: {}", link.name(), e.getMessage());
            return;
        }
        poll();
    }

    private void writeInit() throws IOException {
        var init = new EscPosEncoder().initialise();
        if (settings.automaticStatusBack()) init.automaticStatusBack(ASB_MASK);
        link.write(init.toBytes());
    }

    private void updateStatus(PrinterStatus next) {
        PrinterStatus previous;
        synchronized (statusLock) {
            previous = status;
            if (previous.equals(next)) return;
            status = next;
        }
        var event = new PrinterStatusChanged(link.name(), previous, next, clock.instant());
        log.info("printer {} status {} -> {}", link.name(), previous, next);
        for (var listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("printer status listener failed", e);
            }
        }
    }

    private final class LinkListener implements SerialLink.Listener {

        @Override
        public void bytesReceived(byte[] bytes) {
            statusChannel.received(bytes).forEach(EscPosPrinter.this::updateStatus);
        }

        @Override
        public void stateChanged(LinkState state, String detail) {
            if (state == LinkState.UP) {
                try {
                    worker.execute(EscPosPrinter.this::initialise);
                } catch (RejectedExecutionException e) {
                    // closing
                }
            } else {
                statusChannel.reset();
                updateStatus(PrinterStatus.of(PrinterCondition.OFFLINE));
            }
        }
    }

    /** The ticket starts with ESC @, which resets ASB on some firmware: switch it back on after the ticket. */
    private byte[] withAsb(byte[] ticket) {
        if (!settings.automaticStatusBack()) return ticket;
        return concat(ticket, new EscPosEncoder().automaticStatusBack(ASB_MASK).toBytes());
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) length += p.length;
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
