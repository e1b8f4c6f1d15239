package fi.vuoro.kiosk.printing;

import fi.vuoro.hardware.printer.PrintResult;
import fi.vuoro.kiosk.devices.KioskDevices;
import fi.vuoro.kiosk.i18n.KioskI18NProvider;
import fi.vuoro.kiosk.ticket.TicketPrinter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prints tickets on the kiosk's ESC/POS printer (when one is configured; otherwise {@code NO_PRINTER}). A job
 * that fails says why, in the words the visitor needs: out of paper, cover open, printer not answering.
 */
@Component
public class SerialTicketPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(SerialTicketPrinter.class);
    /** A ticket is ~0.04 s on the wire at 115,200 baud; past this the printer is not going to answer. */
    static final Duration JOB_TIMEOUT = Duration.ofSeconds(15);

    private final KioskDevices devices;
    private final KioskI18NProvider i18n;
    private final Clock clock;

    public SerialTicketPrinter(KioskDevices devices, KioskI18NProvider i18n, Clock clock) {
        this.devices = devices;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public PrintOutcome print(PrintableTicket ticket) {
        var printer = devices.printer();
        if (printer.isEmpty()) return PrintOutcome.NO_PRINTER;
        var layout = TicketLayouts.of(ticket, devices.paperWidth(), clock.getZone(), i18n::getTranslation);
        try {
            var result = printer.get().print(layout).get(JOB_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!result.printed())
                log.warn("ticket {} not printed: {} ({})", ticket.number(), result.reason(), result.detail());
            return outcome(result);
        } catch (TimeoutException e) {
            log.warn("ticket {}: printer gave no result within {}", ticket.number(), JOB_TIMEOUT);
            return PrintOutcome.OFFLINE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PrintOutcome.FAILED;
        } catch (ExecutionException e) {
            log.warn("printing failed", e.getCause());
            return PrintOutcome.FAILED;
        }
    }

    @Override
    public boolean printsOnPaper() {
        return devices.printer().isPresent();
    }

    static PrintOutcome outcome(PrintResult result) {
        if (result.printed()) return PrintOutcome.PRINTED;
        return switch (result.reason()) {
            case PAPER_OUT -> PrintOutcome.PAPER_OUT;
            case COVER_OPEN -> PrintOutcome.COVER_OPEN;
            case OFFLINE, NO_RESPONSE, LINK_DOWN, CLOSED -> PrintOutcome.OFFLINE;
            case ENCODING -> PrintOutcome.FAILED;
        };
    }
}
