package fi.vuoro.hardware.printer;

import fi.vuoro.hardware.escpos.PrinterStatus;
import fi.vuoro.hardware.ticket.TicketLayout;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** A ticket printer as the kiosk sees it. Implementations are thread-safe and print one job at a time. */
public interface ReceiptPrinter extends AutoCloseable {

    /** Opens the link and starts watching status; returns at once. */
    void start();

    /** Queues a ticket; the future always completes, with PRINTED or FAILED and a reason, never exceptionally. */
    CompletableFuture<PrintResult> print(TicketLayout ticket);

    /** The last known status. */
    PrinterStatus status();

    /** Called on a driver thread on every status change; keep it quick. */
    void addStatusListener(Consumer<PrinterStatusChanged> listener);

    void removeStatusListener(Consumer<PrinterStatusChanged> listener);

    @Override
    void close();
}
